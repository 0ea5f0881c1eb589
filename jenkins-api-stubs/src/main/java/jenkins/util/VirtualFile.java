// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.FilePath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;

/** Declares the real abstract members and the two factories; the many concrete helpers are omitted. */
public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {

    public abstract @NonNull String getName();

    public abstract @NonNull URI toURI();

    public abstract VirtualFile getParent();

    public abstract boolean isDirectory() throws IOException;

    public abstract boolean isFile() throws IOException;

    public abstract boolean exists() throws IOException;

    public abstract @NonNull VirtualFile[] list() throws IOException;

    public abstract @NonNull VirtualFile child(@NonNull String name);

    public abstract long length() throws IOException;

    public abstract long lastModified() throws IOException;

    public abstract boolean canRead() throws IOException;

    public abstract InputStream open() throws IOException;

    @Override
    public final int compareTo(VirtualFile o) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static VirtualFile forFile(final File f) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static VirtualFile forFilePath(final FilePath f) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
