// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.io.IOException;
import java.util.Collection;
import jenkins.util.io.OnMaster;

/**
 * Declares a subset of the real abstract members. The permission constants are distinct {@link Permission}
 * instances with the real ids and implication chain, but without descriptions or scopes.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
public interface Item extends PersistenceRoot, SearchableModelObject, AccessControlled, OnMaster {
    ItemGroup<? extends Item> getParent();

    Collection<? extends Job> getAllJobs();

    String getName();

    String getFullName();

    @Override
    String getDisplayName();

    String getFullDisplayName();

    String getUrl();

    void save() throws IOException;

    PermissionGroup PERMISSIONS = new PermissionGroup(Item.class, null);
    Permission CREATE = new Permission(PERMISSIONS, "Create", Permission.CREATE);
    Permission DELETE = new Permission(PERMISSIONS, "Delete", Permission.DELETE);
    Permission CONFIGURE = new Permission(PERMISSIONS, "Configure", Permission.CONFIGURE);
    Permission READ = new Permission(PERMISSIONS, "Read", Permission.READ);
    Permission DISCOVER = new Permission(PERMISSIONS, "Discover", READ);
    Permission EXTENDED_READ = new Permission(PERMISSIONS, "ExtendedRead", CONFIGURE);
    Permission BUILD = new Permission(PERMISSIONS, "Build", Permission.UPDATE);
    Permission WORKSPACE = new Permission(PERMISSIONS, "Workspace", Permission.READ);
    Permission WIPEOUT = new Permission(PERMISSIONS, "WipeOut", null);
    Permission CANCEL = new Permission(PERMISSIONS, "Cancel", Permission.UPDATE);
}
