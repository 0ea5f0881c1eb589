// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/** The real class also overrides the {@code TaskListener} default methods; not declared. */
public final class BuildListenerAdapter implements BuildListener {

    public BuildListenerAdapter(TaskListener delegate) {
    }

    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
