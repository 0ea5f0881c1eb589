package io.jenkins.plugins.modelarts.core.logs;

/**
 * Whether OBS holds something, asked without reading it: what the pre-flight checks
 * ({@code core.preflight}). {@code false} is a definite answer (a 404, an empty listing); anything
 * else OBS or the network does (403, a refused connection) is an {@link ObsAccessException}.
 * {@link ObsObjectSource} implements it.
 */
public interface ObjectPresence {
    /**
     * Whether some object's key starts with {@code prefix}, other than a folder marker named
     * {@code prefix} itself; one listing of at most two keys, never the whole folder. False when the
     * bucket does not exist either.
     */
    boolean anyUnder(String bucket, String prefix);

    /** Whether the object exists: its metadata is read (HEAD), not its content. */
    boolean objectExists(String bucket, String key);

    /** Whether the bucket exists (HEAD of the bucket). */
    boolean bucketExists(String bucket);
}
