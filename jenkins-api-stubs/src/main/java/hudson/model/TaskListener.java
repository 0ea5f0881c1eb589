// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * The {@code default} methods throw here (test fakes override what they need). {@link #NULL} is a working
 * discard-everything listener, like core's: code that falls back to it must not fail in tests.
 */
public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();

    default void hyperlink(String url, String text) throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    default PrintWriter error(String msg) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    default PrintWriter error(String format, Object... args) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    default PrintWriter fatalError(String msg) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    default PrintWriter fatalError(String format, Object... args) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    TaskListener NULL = new NullTaskListener();
}
