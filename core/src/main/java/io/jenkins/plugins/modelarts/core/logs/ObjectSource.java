package io.jenkins.plugins.modelarts.core.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Where log objects come from: OBS in production ({@link ObsObjectSource}), anything in tests. */
public interface ObjectSource {
    /** One listed object. */
    record Entry(String key, long size) {}

    /** Calls {@code each} for every object whose key starts with the location's prefix, paging as needed. */
    void list(ObsPath location, Consumer<Entry> each);

    /** The object's content; the caller closes it. */
    InputStream open(String bucket, String key) throws IOException;

    /**
     * Releases what {@code source} holds, when it holds anything (an {@link ObsObjectSource}'s client); a
     * failed close is ignored, as it loses nothing: a source only reads. Null is allowed.
     */
    static void closeQuietly(ObjectSource source) {
        if (source instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // only reads were made through it: nothing to lose
            }
        }
    }
}
