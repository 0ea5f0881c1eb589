package io.jenkins.plugins.modelarts.core.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link JobWaiter} waits.
 *
 * @param pollInterval time between status reads (at least one second)
 * @param timeout how long to wait in all; null waits until the job ends
 * @param stopOnTimeout whether to ask ModelArts to stop the job when the timeout passes, so it does
 *     not keep running (and billing) unseen
 * @param maxConsecutiveErrors status reads that may fail in a row (after the client's own retries)
 *     before the wait gives up; a single failed read never ends a wait
 */
public record WaitOptions(Duration pollInterval, Duration timeout, boolean stopOnTimeout, int maxConsecutiveErrors) {
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);

    public WaitOptions {
        Objects.requireNonNull(pollInterval, "pollInterval == null");
        if (pollInterval.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
        }
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        if (maxConsecutiveErrors < 1) {
            throw new IllegalArgumentException("maxConsecutiveErrors must be at least 1");
        }
    }

    public static WaitOptions defaults() {
        return new WaitOptions(DEFAULT_POLL_INTERVAL, null, true, 5);
    }

    public WaitOptions withPollInterval(Duration interval) {
        return new WaitOptions(interval, timeout, stopOnTimeout, maxConsecutiveErrors);
    }

    public WaitOptions withTimeout(Duration newTimeout) {
        return new WaitOptions(pollInterval, newTimeout, stopOnTimeout, maxConsecutiveErrors);
    }

    public WaitOptions withStopOnTimeout(boolean stop) {
        return new WaitOptions(pollInterval, timeout, stop, maxConsecutiveErrors);
    }
}
