// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ScheduledExecutorService;

public class Timer {
    private Timer() {
    }

    @NonNull
    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static synchronized void shutdown() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
