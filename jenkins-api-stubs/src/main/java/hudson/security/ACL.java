// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** {@link #SYSTEM2} is the real token (principal {@code SYSTEM}); everything else throws. */
public abstract class ACL {

    public final void checkPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public final boolean hasPermission(@NonNull Permission p) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");

    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
