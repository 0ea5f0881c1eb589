// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;

/** The real abstract process-launching methods ({@code launch}, {@code launchChannel}, {@code kill}) are not declared. */
public abstract class Launcher {

    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) {
    }

    @CheckForNull
    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public TaskListener getListener() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isUnix() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static class LocalLauncher extends Launcher {
        public LocalLauncher(@NonNull TaskListener listener) {
            super(listener, null);
        }
    }
}
