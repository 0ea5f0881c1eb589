// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.context.SecurityContext;

public class ACLContext implements AutoCloseable {

    ACLContext(@NonNull SecurityContext previousContext) {
    }

    @NonNull
    public SecurityContext getPreviousContext2() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
