package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Waits in the calling thread until one job reaches a terminal state, reading its status every
 * {@link WaitOptions#pollInterval()}. For the command line and tests; the Jenkins steps wait
 * without holding a thread.
 *
 * <p>A failed status read does not end the wait: throttling, server errors, transport errors and
 * unreadable answers are counted and the wait goes on until {@link WaitOptions#maxConsecutiveErrors()}
 * reads failed in a row. A client error (a 4xx other than throttling: the job does not exist, the
 * credentials are wrong) ends it at once. When the timeout passes, the job is asked to stop (if
 * {@link WaitOptions#stopOnTimeout()}) and {@link WaitTimeoutException} is thrown.
 */
public final class JobWaiter {
    private final TrainingJobs jobs;
    private final Clock clock;
    private final Sleeper sleeper;

    public JobWaiter(TrainingJobs jobs, Clock clock, Sleeper sleeper) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    public JobWaiter(TrainingJobs jobs) {
        this(jobs, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * Returns the terminal snapshot (completed, failed or stopped: the caller decides what each
     * means).
     *
     * @throws WaitTimeoutException when the timeout passed first
     * @throws InterruptedException when the thread was interrupted; the job is left as it is
     */
    public JobSnapshot await(JobRef ref, WaitOptions options, WaitListener listener) throws InterruptedException {
        Instant deadline = options.timeout() == null ? null : clock.instant().plus(options.timeout());
        JobRef resolved = jobs.resolve(ref);
        JobSnapshot last = null;
        int failures = 0;
        while (true) {
            try {
                JobSnapshot current = jobs.read(resolved);
                failures = 0;
                listener.polled(current);
                if (last == null || !last.statusName().equals(current.statusName())) {
                    listener.stateChanged(last, current);
                }
                last = current;
                if (current.isTerminal()) {
                    return current;
                }
            } catch (ModelArtsException e) {
                if (!e.isTransient() || ++failures >= options.maxConsecutiveErrors()) {
                    throw e;
                }
                listener.readFailed(e, failures);
            }
            Instant now = clock.instant();
            if (deadline != null && !now.isBefore(deadline)) {
                return timedOut(resolved, options, last, listener);
            }
            Duration pause = options.pollInterval();
            if (deadline != null && Duration.between(now, deadline).compareTo(pause) < 0) {
                pause = Duration.between(now, deadline);
            }
            sleeper.sleep(pause);
        }
    }

    /**
     * Stops the job (if asked) and throws {@link WaitTimeoutException}; but when the stop is refused
     * because the job has ended meanwhile, returns that ended job: it did not time out.
     */
    private JobSnapshot timedOut(JobRef ref, WaitOptions options, JobSnapshot last, WaitListener listener) {
        boolean stopped = false;
        boolean refused = false;
        if (options.stopOnTimeout()) {
            try {
                jobs.stop(ref);
                stopped = true;
            } catch (ModelArtsException e) {
                JobSnapshot now = readQuietly(ref);
                if (now != null && now.isTerminal()) {
                    if (last == null || !last.statusName().equals(now.statusName())) {
                        listener.stateChanged(last, now);
                    }
                    return now;
                }
                refused = true;
                listener.stopFailed(e);
            }
        }
        listener.timedOut(last, stopped);
        throw new WaitTimeoutException(ref, options.timeout(), last, stopped, refused);
    }

    private JobSnapshot readQuietly(JobRef ref) {
        try {
            return jobs.read(ref);
        } catch (ModelArtsException e) {
            return null;
        }
    }
}
