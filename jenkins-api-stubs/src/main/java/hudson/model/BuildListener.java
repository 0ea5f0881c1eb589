// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import java.util.List;

public interface BuildListener extends TaskListener {
    default void started(List<Cause> causes) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    default void finished(Result result) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
