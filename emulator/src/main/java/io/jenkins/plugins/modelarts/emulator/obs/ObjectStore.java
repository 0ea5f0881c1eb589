package io.jenkins.plugins.modelarts.emulator.obs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The emulator's OBS buckets, in memory. An object is bytes, a generated body of a given size produced
 * while it is read (so very large objects cost no memory), or a local file read when the object is.
 * Also how long every OBS answer waits before its first byte (none by default). Thread-safe.
 */
public final class ObjectStore {
    /** One stored object: its {@code bytes}, else the {@code file} it is read from, else generated text. */
    public record StoredObject(String key, long size, Instant lastModified, byte[] bytes, Path file) {
        /** A fresh stream of the content. */
        public InputStream open() {
            if (bytes != null) {
                return new ByteArrayInputStream(bytes);
            }
            if (file != null) {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + " for obs key " + key, e);
                }
            }
            return new GeneratedStream(size);
        }

        public String etag() {
            return "\"" + Integer.toHexString(Objects.hash(key, size, lastModified)) + "\"";
        }
    }

    private final Map<String, NavigableMap<String, StoredObject>> buckets = new ConcurrentHashMap<>();
    private volatile Duration firstByteLatency = Duration.ZERO;

    public void put(String bucket, String key, byte[] bytes, Instant at) {
        bucket(bucket).put(key, new StoredObject(key, bytes.length, at, bytes.clone(), null));
    }

    /** An object of {@code size} bytes of generated text, produced on the fly when read. */
    public void putGenerated(String bucket, String key, long size, Instant at) {
        bucket(bucket).put(key, new StoredObject(key, size, at, null, null));
    }

    /** An object whose content is the local {@code file}, read each time the object is (its size as now). */
    public void putFile(String bucket, String key, Path file, long size, Instant at) {
        bucket(bucket).put(key, new StoredObject(key, size, at, null, file));
    }

    /** A bucket with no objects yet (buckets are otherwise created by their first object). */
    public void createBucket(String bucket) {
        bucket(bucket);
    }

    public boolean hasBucket(String bucket) {
        return buckets.containsKey(bucket);
    }

    public StoredObject get(String bucket, String key) {
        NavigableMap<String, StoredObject> objects = buckets.get(bucket);
        return objects == null ? null : objects.get(key);
    }

    /** Up to {@code max} objects with keys starting with {@code prefix} and after {@code marker}, in key order. */
    public List<StoredObject> list(String bucket, String prefix, String marker, int max) {
        NavigableMap<String, StoredObject> objects = buckets.getOrDefault(bucket, new ConcurrentSkipListMap<>());
        NavigableMap<String, StoredObject> tail = marker == null || marker.isEmpty() ? objects : objects.tailMap(marker, false);
        List<StoredObject> out = new ArrayList<>();
        for (StoredObject o : tail.values()) {
            if (out.size() > max) {
                break;
            }
            if (o.key().startsWith(prefix)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Every OBS answer from now on waits {@code delay} before its first byte (zero: none). */
    public void firstByteLatency(Duration delay) {
        if (Objects.requireNonNull(delay, "delay == null").isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        this.firstByteLatency = delay;
    }

    public Duration firstByteLatency() {
        return firstByteLatency;
    }

    public void clear() {
        buckets.clear();
        firstByteLatency = Duration.ZERO;
    }

    private NavigableMap<String, StoredObject> bucket(String name) {
        return buckets.computeIfAbsent(name, b -> new ConcurrentSkipListMap<>());
    }
}
