// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * {@link #hyperlink} throws here (console notes are not stubbed); {@code error} and {@code fatalError} write to
 * {@link #getLogger()} as core's defaults do. {@link #NULL} is a working discard-everything listener, like core's.
 */
public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();

    default void hyperlink(String url, String text) throws IOException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    default PrintWriter error(String msg) {
        return _error("ERROR: ", msg);
    }

    @NonNull
    default PrintWriter error(String format, Object... args) {
        return error(String.format(format, args));
    }

    @NonNull
    default PrintWriter fatalError(String msg) {
        return _error("FATAL: ", msg);
    }

    @NonNull
    default PrintWriter fatalError(String format, Object... args) {
        return fatalError(String.format(format, args));
    }

    /** As in core: the prefix and message on the logger, and a writer to it for the details. */
    private PrintWriter _error(String prefix, String msg) {
        PrintStream out = getLogger();
        out.print(prefix);
        out.println(msg);
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    TaskListener NULL = new NullTaskListener();
}
