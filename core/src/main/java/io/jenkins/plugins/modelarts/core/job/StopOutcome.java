package io.jenkins.plugins.modelarts.core.job;

import java.util.Objects;

/**
 * What {@link TrainingJobs#stopUnlessEnded(JobRef)} did: asked ModelArts to stop the job, or found
 * that it had already ended (before the stop, or by the time ModelArts refused it).
 *
 * @param job the job as last read: after the stop was accepted, or as it ended
 * @param alreadyEnded true when no stop was needed; {@code job} then says how it ended
 */
public record StopOutcome(JobSnapshot job, boolean alreadyEnded) {
    public StopOutcome {
        Objects.requireNonNull(job, "job == null");
    }

    /** One line for people: {@code job 10 version 3 already ended (JOBSTAT_COMPLETED(10))} or {@code asked ModelArts to stop …}. */
    public String describe() {
        return alreadyEnded
                ? job.ref() + " had already ended (" + job.statusName() + "): nothing to stop"
                : "Asked ModelArts to stop " + job.ref() + " (now " + job.statusName() + ")";
    }
}
