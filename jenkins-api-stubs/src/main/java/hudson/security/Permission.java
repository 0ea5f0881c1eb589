// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Hudson;
import org.jvnet.localizer.Localizable;

/**
 * Constants are distinct instances with the real ids ({@code owner.getName() + '.' + name}) and implication chain, so
 * test fakes can tell permissions apart; {@link #getId()}, {@code equals}/{@code hashCode} (by id) and
 * {@link #toString()} work as in core. Descriptions, scopes and the
 * global registry are not modelled.
 */
public final class Permission {

    @SuppressWarnings("rawtypes")
    public final @NonNull Class owner;

    public final @NonNull PermissionGroup group;

    public final @NonNull String name;

    public final @CheckForNull Localizable description;

    public final @CheckForNull Permission impliedBy;

    public boolean enabled;

    @Deprecated
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Permission impliedBy) {
        this.owner = group.owner;
        this.group = group;
        this.name = name;
        this.description = null;
        this.impliedBy = impliedBy;
        this.enabled = true;
    }

    public @NonNull String getId() {
        return owner.getName() + '.' + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permission && getId().equals(((Permission) o).getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return "Permission[" + owner + ',' + name + ']';
    }

    public static @CheckForNull Permission fromId(@NonNull String id) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Deprecated
    public static final PermissionGroup HUDSON_PERMISSIONS = new PermissionGroup(Hudson.class, null);

    @Deprecated
    public static final Permission HUDSON_ADMINISTER = new Permission(HUDSON_PERMISSIONS, "Administer", null);

    public static final PermissionGroup GROUP = new PermissionGroup(Permission.class, null);

    public static final Permission READ = new Permission(GROUP, "GenericRead", HUDSON_ADMINISTER);
    public static final Permission WRITE = new Permission(GROUP, "GenericWrite", HUDSON_ADMINISTER);
    public static final Permission CREATE = new Permission(GROUP, "GenericCreate", WRITE);
    public static final Permission UPDATE = new Permission(GROUP, "GenericUpdate", WRITE);
    public static final Permission DELETE = new Permission(GROUP, "GenericDelete", WRITE);
    public static final Permission CONFIGURE = new Permission(GROUP, "GenericConfigure", UPDATE);
}
