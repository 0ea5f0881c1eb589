// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/** Package-private in core too: the value of {@link TaskListener#NULL}. Discards everything. */
final class NullTaskListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PrintStream getLogger() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    @Override
    public void hyperlink(String url, String text) {
    }

    @Override
    public PrintWriter error(String msg) {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public PrintWriter error(String format, Object... args) {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public PrintWriter fatalError(String msg) {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public PrintWriter fatalError(String format, Object... args) {
        return new PrintWriter(OutputStream.nullOutputStream());
    }
}
