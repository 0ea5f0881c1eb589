package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;

/** Progress of a {@link JobWaiter}; every method has a do-nothing default. */
public interface WaitListener {
    WaitListener NONE = new WaitListener() {};

    /** The first read, and every read whose status differs from the previous one. */
    default void stateChanged(JobSnapshot previous, JobSnapshot current) {}

    /** Every successful status read. */
    default void polled(JobSnapshot snapshot) {}

    /** A status read failed; the wait goes on unless too many failed in a row. */
    default void readFailed(ModelArtsException error, int consecutiveFailures) {}

    /** At the timeout, ModelArts refused to stop the job (and a read showed it had not ended either). */
    default void stopFailed(ModelArtsException error) {}

    /** The timeout passed and a stop was requested ({@code stopped}) or not. */
    default void timedOut(JobSnapshot last, boolean stopped) {}
}
