package io.jenkins.plugins.modelarts.core.job;

import java.time.Duration;

/** Durations for people: {@code 2h 5m}, {@code 3m 20s}, {@code 45s}, {@code 250ms}. */
public final class Durations {
    private Durations() {}

    public static String human(Duration d) {
        if (d == null) {
            return "-";
        }
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + "m " + (s % 60) + "s";
        }
        return (m / 60) + "h " + (m % 60) + "m";
    }

    public static String humanMillis(Long millis) {
        return millis == null ? "-" : human(Duration.ofMillis(millis));
    }
}
