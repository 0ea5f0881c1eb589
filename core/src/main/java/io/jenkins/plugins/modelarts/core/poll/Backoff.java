package io.jenkins.plugins.modelarts.core.poll;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * The pause of one connection group after a throttled (429) or failed (5xx, I/O) tick: the base
 * delay doubled per consecutive failure up to the maximum, at least the server's
 * {@code Retry-After} when known, plus jitter. The client has already retried inside the call;
 * this spaces the ticks. Not thread-safe: used under the group's lock.
 */
final class Backoff {
    private final PollerSettings settings;
    private final ToLongFunction<Duration> jitter;
    private long until = Long.MIN_VALUE;
    private int failures;

    Backoff(PollerSettings settings, ToLongFunction<Duration> jitter) {
        this.settings = settings;
        this.jitter = jitter;
    }

    boolean isWaiting(long nowMillis) {
        return nowMillis < until;
    }

    void succeeded() {
        failures = 0;
    }

    void failed(RuntimeException e, long nowMillis) {
        failures++;
        long delay = Math.min(settings.backoffMax().toMillis(), settings.backoffBase().toMillis() << Math.min(failures - 1, 30));
        long hinted = settings.retryAfter().apply(e).map(Duration::toMillis).orElse(0L);
        delay = Math.max(Math.max(delay, hinted), 0);
        until = nowMillis + Math.max(delay, jitter.applyAsLong(Duration.ofMillis(delay)));
    }
}
