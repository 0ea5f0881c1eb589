// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import java.io.OutputStream;
import java.io.PrintStream;

/** Package-private in core too: the value of {@link TaskListener#NULL}. Discards everything; like core's, it overrides only {@link #getLogger()}. */
class NullTaskListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PrintStream getLogger() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
