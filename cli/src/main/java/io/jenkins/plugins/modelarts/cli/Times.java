package io.jenkins.plugins.modelarts.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Epoch-millisecond timestamps for people, in UTC. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    static String utc(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? "-" : FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }
}
