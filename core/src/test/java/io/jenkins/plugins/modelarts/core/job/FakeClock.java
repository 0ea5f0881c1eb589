package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on: {@link #sleeper()} advances it and records each pause. */
final class FakeClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            now = now.plus(d);
        };
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
