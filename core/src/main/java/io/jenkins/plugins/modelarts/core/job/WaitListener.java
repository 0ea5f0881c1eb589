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

    /** The timeout passed and a stop was requested ({@code stopped}) or not. */
    default void timedOut(JobSnapshot last, boolean stopped) {}
}
