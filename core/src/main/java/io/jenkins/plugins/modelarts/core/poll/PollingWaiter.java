package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Drives a {@link JobPoller} on the calling thread until a set of watches is done: for a command
 * line that waits for many jobs at once. (A server starts the poller on its scheduler instead and
 * reacts to the watches' futures.)
 */
public final class PollingWaiter {
    private final JobPoller poller;
    private final Duration tickPeriod;
    private final Clock clock;
    private final Sleeper sleeper;

    public PollingWaiter(JobPoller poller, Duration tickPeriod, Clock clock, Sleeper sleeper) {
        this.poller = Objects.requireNonNull(poller, "poller == null");
        this.tickPeriod = Objects.requireNonNull(tickPeriod, "tickPeriod == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /**
     * Ticks until every watch is done or {@code timeout} (null: none) has passed.
     *
     * @return the watches still not done: empty when all finished in time
     */
    public List<Watch> awaitAll(List<Watch> watches, Duration timeout) throws InterruptedException {
        Instant deadline = timeout == null ? null : clock.instant().plus(timeout);
        while (true) {
            poller.tick();
            List<Watch> pending = watches.stream().filter(w -> !w.isDone()).toList();
            if (pending.isEmpty()) {
                return pending;
            }
            Instant now = clock.instant();
            if (deadline != null && !now.isBefore(deadline)) {
                return pending;
            }
            Duration pause = tickPeriod;
            if (deadline != null && Duration.between(now, deadline).compareTo(pause) < 0) {
                pause = Duration.between(now, deadline);
            }
            sleeper.sleep(pause);
        }
    }
}
