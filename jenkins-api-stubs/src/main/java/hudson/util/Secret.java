// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Every member throws: the real class needs the controller's confidential key, so unit tests must not depend on
 * it. Keep secrets out of the plugin's own value objects, or wrap this type behind a seam.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    Secret(String value) {
    }

    @Override
    @Deprecated
    public String toString() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getEncryptedValue() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @CheckForNull
    public static Secret decrypt(@CheckForNull String data) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public static String toString(@CheckForNull Secret s) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
