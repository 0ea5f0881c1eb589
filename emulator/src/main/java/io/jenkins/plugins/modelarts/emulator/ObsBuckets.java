package io.jenkins.plugins.modelarts.emulator;

import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.stream.Stream;

/** Puts objects into the emulator's OBS buckets (created on first use). */
public final class ObsBuckets {
    private final ObjectStore store;
    private final Clock clock;

    public ObsBuckets(ObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ObsBuckets put(String bucket, String key, byte[] content) {
        store.put(bucket, key, content, clock.instant());
        return this;
    }

    /**
     * Every listing and object read from now on (found or not) waits {@code delay} before its first byte,
     * as a network's round trip would make it; zero (the default, and after a reset) for none.
     */
    public ObsBuckets firstByteLatency(Duration delay) {
        store.firstByteLatency(delay);
        return this;
    }

    /**
     * Serves a local folder as OBS: each folder in {@code root} is a bucket (an empty one too), each file
     * under it an object whose key is its path below the bucket's folder ({@code /}-separated), read from
     * the file when the object is. What is there now is served: files added later are not listed.
     * Symbolic links are not followed.
     *
     * @return how many objects were put
     * @throws IllegalArgumentException when {@code root} is not a folder
     */
    public int mirror(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder");
        }
        int objects = 0;
        try (Stream<Path> buckets = Files.list(root)) {
            for (Path bucket : buckets.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String name = bucket.getFileName().toString();
                store.createBucket(name);
                try (Stream<Path> files = Files.walk(bucket)) {
                    for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                        StringJoiner key = new StringJoiner("/");
                        bucket.relativize(file).forEach(part -> key.add(part.toString()));
                        store.putFile(name, key.toString(), file, Files.size(file), clock.instant());
                        objects++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e, e);
        }
        return objects;
    }

    /** An object of {@code size} bytes produced while it is read: large objects cost no memory. */
    public ObsBuckets putGenerated(String bucket, String key, long size) {
        store.putGenerated(bucket, key, size, clock.instant());
        return this;
    }
}
