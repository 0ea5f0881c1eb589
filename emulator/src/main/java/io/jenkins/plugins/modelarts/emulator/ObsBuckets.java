package io.jenkins.plugins.modelarts.emulator;

import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore;
import java.time.Clock;
import java.time.Duration;

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

    /** An object of {@code size} bytes produced while it is read: large objects cost no memory. */
    public ObsBuckets putGenerated(String bucket, String key, long size) {
        store.putGenerated(bucket, key, size, clock.instant());
        return this;
    }
}
