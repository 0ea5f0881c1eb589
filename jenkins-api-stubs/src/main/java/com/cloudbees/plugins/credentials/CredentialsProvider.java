// Stub of org.jenkins-ci.plugins:credentials 1415.v831096eb_5534 — compile-only; see docs/jenkins-compatibility.md
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.core.Authentication;

/**
 * Lookups throw: resolve credentials behind a seam in the plugin. The permission constants are distinct instances
 * with the real ids and (default) implication chain. The deprecated Acegi overloads and the
 * {@code findCredentialById(..., DomainRequirement...)} varargs form are not declared.
 */
@SuppressWarnings({"rawtypes", "deprecation"})
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {

    public static final PermissionGroup GROUP = new PermissionGroup(CredentialsProvider.class, null);
    public static final Permission USE_OWN = new Permission(GROUP, "UseOwn", Job.BUILD);
    public static final Permission USE_ITEM = new Permission(GROUP, "UseItem", Job.CONFIGURE);
    public static final Permission CREATE = new Permission(GROUP, "Create", Permission.CREATE);
    public static final Permission UPDATE = new Permission(GROUP, "Update", Permission.UPDATE);
    public static final Permission VIEW = new Permission(GROUP, "View", Permission.READ);
    public static final Permission DELETE = new Permission(GROUP, "Delete", Permission.DELETE);
    public static final Permission MANAGE_DOMAINS = new Permission(GROUP, "ManageDomains", Permission.CONFIGURE);

    @SuppressWarnings("unchecked")
    public CredentialsProvider() {
        super(Descriptor.self());
    }

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication,
                                                                               @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(@NonNull Class<C> type,
                                                                                    @Nullable ItemGroup itemGroup,
                                                                                    @Nullable Authentication authentication,
                                                                                    @Nullable List<DomainRequirement> domainRequirements,
                                                                                    @Nullable CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItem(@NonNull Class<C> type,
                                                                          @Nullable Item item,
                                                                          @Nullable Authentication authentication) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItem(@NonNull Class<C> type,
                                                                          @Nullable Item item,
                                                                          @Nullable Authentication authentication,
                                                                          @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(@NonNull Class<C> type,
                                                                               @Nullable Item item,
                                                                               @Nullable Authentication authentication,
                                                                               @Nullable List<DomainRequirement> domainRequirements,
                                                                               @Nullable CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
                                                                 @NonNull Run<?, ?> run) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
                                                                 @NonNull Run<?, ?> run,
                                                                 @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Item item, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
