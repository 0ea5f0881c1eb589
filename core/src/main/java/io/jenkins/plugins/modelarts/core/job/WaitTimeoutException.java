package io.jenkins.plugins.modelarts.core.job;

import java.time.Duration;

/** The job had not ended when the wait's timeout passed. */
public final class WaitTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient JobSnapshot last;
    private final boolean stopRequested;

    public WaitTimeoutException(JobRef ref, Duration timeout, JobSnapshot last, boolean stopRequested) {
        this(ref, timeout, last, stopRequested, false);
    }

    /** @param stopRefused a stop was sent and ModelArts refused it (the job may still be running) */
    public WaitTimeoutException(JobRef ref, Duration timeout, JobSnapshot last, boolean stopRequested, boolean stopRefused) {
        super("Timed out after " + Durations.human(timeout) + " waiting for " + ref
                + (last == null ? "" : " (last status " + last.statusName() + ")")
                + (stopRequested ? "; asked ModelArts to stop it"
                        : stopRefused ? "; the stop was refused, so the job may still be running" : "; the job was left running"));
        this.last = last;
        this.stopRequested = stopRequested;
    }

    /** The last status read before the timeout; may be null if no read succeeded. */
    public JobSnapshot last() {
        return last;
    }

    public boolean stopRequested() {
        return stopRequested;
    }
}
