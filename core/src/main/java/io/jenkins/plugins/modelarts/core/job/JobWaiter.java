package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import java.time.Clock;
import java.time.Duration;
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
 * {@link WaitOptions#stopOnTimeout()}; that request gets {@link #STOP_GRACE}) and
 * {@link WaitTimeoutException} is thrown. The timeout bounds everything in between: each read is
 * cut short, and retried or backed off only while time is left ({@code ModelArtsClient.withDeadline}),
 * so a wait ends within a few seconds of its timeout however the service misbehaves.
 */
public final class JobWaiter {
    private final TrainingJobs jobs;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration stopGrace;

    public JobWaiter(TrainingJobs jobs, Clock clock, Sleeper sleeper) {
        this(jobs, clock, sleeper, STOP_GRACE);
    }

    private JobWaiter(TrainingJobs jobs, Clock clock, Sleeper sleeper, Duration stopGrace) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.stopGrace = Objects.requireNonNull(stopGrace, "stopGrace == null");
    }

    /** This waiter, giving the stop asked for on timeout {@code grace} instead of {@link #STOP_GRACE}. */
    public JobWaiter withStopGrace(Duration grace) {
        return new JobWaiter(jobs, clock, sleeper, grace);
    }

    public JobWaiter(TrainingJobs jobs) {
        this(jobs, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** How long the stop asked for on timeout may take, after the deadline: at most a few seconds. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /**
     * Returns the terminal snapshot (completed, failed or stopped: the caller decides what each
     * means). {@link WaitOptions#timeout()} bounds the whole wait: every status read, its retries and
     * backoff, and the resolution of a v1 job's newest version, end by then.
     *
     * @throws WaitTimeoutException when the timeout passed first
     * @throws InterruptedException when the thread was interrupted; the job is left as it is
     */
    public JobSnapshot await(JobRef ref, WaitOptions options, WaitListener listener) throws InterruptedException {
        return await(ref, options, listener,
                options.timeout() == null ? null : Deadline.after(options.timeout(), clock));
    }

    /**
     * As {@link #await(JobRef, WaitOptions, WaitListener)}, ending by {@code deadline} (null for
     * none) instead of {@link WaitOptions#timeout()} from now: for a command whose timeout started
     * before the wait (a create, then its wait). Measured on this waiter's clock.
     */
    public JobSnapshot await(JobRef ref, WaitOptions options, WaitListener listener, Deadline deadline)
            throws InterruptedException {
        TrainingJobs bounded = deadline == null ? jobs : jobs.withDeadline(deadline);
        JobRef resolved;
        try {
            resolved = bounded.resolve(ref);
        } catch (ModelArtsException e) {
            if (deadline != null && deadline.hasPassed()) {
                return timedOut(ref, options, null, listener);
            }
            throw e;
        }
        JobSnapshot last = null;
        int failures = 0;
        while (true) {
            try {
                JobSnapshot current = bounded.read(resolved);
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
                boolean outOfTime = deadline != null && deadline.hasPassed();
                if (!outOfTime && (!e.isTransient() || ++failures >= options.maxConsecutiveErrors())) {
                    throw e;
                }
                if (!outOfTime) {
                    listener.readFailed(e, failures);
                }
            }
            if (deadline != null && deadline.hasPassed()) {
                return timedOut(resolved, options, last, listener);
            }
            Duration pause = options.pollInterval();
            if (deadline != null && deadline.remaining().compareTo(pause) < 0) {
                pause = deadline.remaining();
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
                jobs.withDeadline(Deadline.after(stopGrace, clock)).stop(ref);
                stopped = true;
            } catch (ModelArtsException e) {
                JobSnapshot now = readQuietly(ref); // within the same grace as the stop
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
            return jobs.withDeadline(Deadline.after(stopGrace, clock)).read(ref);
        } catch (ModelArtsException e) {
            return null;
        }
    }
}
