// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * A plain holder here: {@link #fromString}, {@link #getPlainText} and {@link #toString(Secret)} work as in core for
 * text that is not an encrypted value, so tests can build credentials; nothing is encrypted ({@link #decrypt} and
 * {@link #getEncryptedValue} need the controller's confidential key and throw). The deprecated {@code toString()}
 * throws, so a test that prints a secret by accident fails.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    @NonNull
    private final String value;

    Secret(String value) {
        this.value = value;
    }

    @Override
    @Deprecated
    public String toString() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public String getPlainText() {
        return value;
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
        return new Secret(data == null ? "" : data);
    }

    @NonNull
    public static String toString(@CheckForNull Secret s) {
        return s == null ? "" : s.value;
    }
}
