package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.model.JobState;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How often {@link JobPoller} reads: a short interval while a job is being created or queued (and
 * while it stops), a longer one while it runs, a jitter fraction spread over each interval, the
 * backoff between ticks after a throttled or failed shared call, and a budget of requests per
 * minute for each connection group.
 *
 * @param pendingInterval between reads of a PENDING, STOPPING or UNKNOWN job (default 15 s)
 * @param runningInterval between reads of a RUNNING job (default 60 s)
 * @param jitter fraction of an interval added or removed at random, 0-1 (default 0.1)
 * @param tickPeriod how often the scheduler thread runs {@link JobPoller#tick()} (default 1 s)
 * @param maxRequestsPerMinute requests one connection group may send in any 60 s window (default 60)
 * @param backoffBase first pause after a throttled or failed tick, doubled per failure (default 5 s)
 * @param backoffMax the longest pause (default 5 min)
 * @param retryAfter the server's {@code Retry-After} for a failure (default: the one the client's
 *        {@code ApiException} carries);
 *        the pause is at least that long
 */
public record PollerSettings(
        Duration pendingInterval,
        Duration runningInterval,
        double jitter,
        Duration tickPeriod,
        int maxRequestsPerMinute,
        Duration backoffBase,
        Duration backoffMax,
        Function<RuntimeException, Optional<Duration>> retryAfter) {

    public PollerSettings {
        Objects.requireNonNull(pendingInterval, "pendingInterval == null");
        Objects.requireNonNull(runningInterval, "runningInterval == null");
        Objects.requireNonNull(tickPeriod, "tickPeriod == null");
        Objects.requireNonNull(backoffBase, "backoffBase == null");
        Objects.requireNonNull(backoffMax, "backoffMax == null");
        Objects.requireNonNull(retryAfter, "retryAfter == null");
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is " + jitter + ": expected 0-1");
        }
        if (maxRequestsPerMinute < 1) {
            throw new IllegalArgumentException("maxRequestsPerMinute is " + maxRequestsPerMinute + ": expected 1 or more");
        }
        if (pendingInterval.isNegative() || runningInterval.isNegative() || tickPeriod.isNegative() || tickPeriod.isZero()) {
            throw new IllegalArgumentException("intervals must not be negative and tickPeriod must be positive");
        }
    }

    public static PollerSettings defaults() {
        return new PollerSettings(Duration.ofSeconds(15), Duration.ofSeconds(60), 0.1, Duration.ofSeconds(1), 60,
                Duration.ofSeconds(5), Duration.ofMinutes(5), PollerSettings::serverRetryAfter);
    }

    /** The {@code Retry-After} the server sent with a throttling or server error (see {@code ApiException#retryAfter()}). */
    static Optional<Duration> serverRetryAfter(RuntimeException e) {
        return e instanceof io.jenkins.plugins.modelarts.client.errors.ApiException api ? api.retryAfter() : Optional.empty();
    }

    public PollerSettings withIntervals(Duration pending, Duration running) {
        return new PollerSettings(pending, running, jitter, tickPeriod, maxRequestsPerMinute, backoffBase, backoffMax, retryAfter);
    }

    public PollerSettings withJitter(double fraction) {
        return new PollerSettings(pendingInterval, runningInterval, fraction, tickPeriod, maxRequestsPerMinute, backoffBase,
                backoffMax, retryAfter);
    }

    public PollerSettings withTickPeriod(Duration period) {
        return new PollerSettings(pendingInterval, runningInterval, jitter, period, maxRequestsPerMinute, backoffBase,
                backoffMax, retryAfter);
    }

    public PollerSettings withMaxRequestsPerMinute(int max) {
        return new PollerSettings(pendingInterval, runningInterval, jitter, tickPeriod, max, backoffBase, backoffMax, retryAfter);
    }

    public PollerSettings withBackoff(Duration base, Duration max) {
        return new PollerSettings(pendingInterval, runningInterval, jitter, tickPeriod, maxRequestsPerMinute, base, max, retryAfter);
    }

    public PollerSettings withRetryAfter(Function<RuntimeException, Optional<Duration>> hint) {
        return new PollerSettings(pendingInterval, runningInterval, jitter, tickPeriod, maxRequestsPerMinute, backoffBase,
                backoffMax, hint);
    }

    /** The interval before the next read of a job last seen in {@code state}, before jitter. */
    public Duration intervalFor(JobState state) {
        return state == JobState.RUNNING ? runningInterval : pendingInterval;
    }
}
