// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
    }

    public FilePath(@NonNull File localPath) {
    }

    public FilePath(@NonNull FilePath base, @NonNull String rel) {
    }

    public String getRemote() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String getName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean isRemote() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public InputStream read() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public OutputStream write() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void write(final String content, final String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void copyFrom(InputStream in) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public FilePath createTempDir(final String prefix, final String suffix) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public FilePath[] list(final String includes) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
