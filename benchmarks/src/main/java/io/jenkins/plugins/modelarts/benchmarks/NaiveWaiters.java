package io.jenkins.plugins.modelarts.benchmarks;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * The baseline: every waiting job reads its own version detail (one GET) whenever its interval is
 * up, with the same phase-aware intervals as the shared poller and no jitter. Driven by
 * {@link #tick()} on the caller's thread, so it gets the same single thread as the poller.
 */
final class NaiveWaiters {
    private static final class Waiter {
        final JobRef ref;
        long dueMillis;
        boolean done;

        Waiter(JobRef ref, long dueMillis) {
            this.ref = ref;
            this.dueMillis = dueMillis;
        }
    }

    private final TrainingJobs jobs;
    private final Clock clock;
    private final PollerSettings settings;
    private final ObjLongConsumer<JobRef> onDone;
    private final List<Waiter> waiters = new ArrayList<>();
    private int open;

    NaiveWaiters(TrainingJobs jobs, Clock clock, PollerSettings settings, ObjLongConsumer<JobRef> onDone) {
        this.jobs = jobs;
        this.clock = clock;
        this.settings = settings;
        this.onDone = onDone;
    }

    void watch(JobRef ref) {
        waiters.add(new Waiter(ref, clock.millis()));
        open++;
    }

    boolean allDone() {
        return open == 0;
    }

    void tick() {
        long now = clock.millis();
        for (Waiter w : waiters) {
            if (w.done || w.dueMillis > now) {
                continue;
            }
            JobSnapshot snapshot = jobs.read(w.ref);
            if (snapshot.isTerminal()) {
                w.done = true;
                open--;
                onDone.accept(w.ref, now);
            } else {
                w.dueMillis = now + settings.intervalFor(snapshot.state()).toMillis();
            }
        }
    }
}
