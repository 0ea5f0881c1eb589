// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Iterator;
import org.jvnet.localizer.Localizable;

/** Holds its owner and title (stub constants pass a {@code null} title); unlike core it does not register itself. */
public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {

    @SuppressWarnings("rawtypes")
    public final @NonNull Class owner;

    public final Localizable title;

    @SuppressWarnings("rawtypes")
    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException {
        this.owner = owner;
        this.title = title;
    }

    @Override
    public Iterator<Permission> iterator() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public int compareTo(PermissionGroup that) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
