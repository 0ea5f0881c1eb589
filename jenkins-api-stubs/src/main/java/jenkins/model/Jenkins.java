// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.model.AbstractCIBase;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Item;
import hudson.model.ModifiableViewGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.slaves.NodeDescriptor;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The real class is {@code @ExportedBean} (runtime-only; dropped). There is never a running Jenkins in a build
 * against these stubs, so {@link #getInstanceOrNull()} returns {@code null} (what core returns before startup or
 * after shutdown) and {@link #get()} throws {@link IllegalStateException}, as core does in that case. All instance
 * methods throw {@link UnsupportedOperationException}. {@link #ANONYMOUS2} is the real token; the permission
 * constants are distinct instances with the real ids.
 */
@SuppressWarnings({"rawtypes", "deprecation"})
public class Jenkins extends AbstractCIBase implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback,
        ModifiableViewGroup, AccessControlled, DescriptorByNameOwner,
        ModelObjectWithContextMenu, ModelObjectWithChildren, OnMaster, Loadable {

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new IllegalStateException("Jenkins.instance is missing (stub: compile-only Jenkins API, no running Jenkins)");
    }

    @CheckForNull
    public static Jenkins getInstanceOrNull() {
        return null;
    }

    @Nullable
    @Deprecated
    public static Jenkins getInstance() {
        return getInstanceOrNull();
    }

    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type) throws AccessDeniedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @CheckForNull Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public NodeDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getFullName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getUrlChildPrefix() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public TopLevelItem getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public File getRootDirFor(TopLevelItem child) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public void onDeleted(TopLevelItem item) throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static final PermissionGroup PERMISSIONS = Permission.HUDSON_PERMISSIONS;
    public static final Permission ADMINISTER = Permission.HUDSON_ADMINISTER;
    public static final Permission MANAGE = new Permission(PERMISSIONS, "Manage", ADMINISTER);
    public static final Permission SYSTEM_READ = new Permission(PERMISSIONS, "SystemRead", ADMINISTER);
    public static final Permission READ = new Permission(PERMISSIONS, "Read", Permission.READ);

    public static final Authentication ANONYMOUS2 =
            new AnonymousAuthenticationToken("anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));
}
