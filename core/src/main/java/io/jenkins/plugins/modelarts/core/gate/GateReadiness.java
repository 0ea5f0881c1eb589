package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import java.util.Optional;

/**
 * Whether a job's metrics may be gated: only a job that ended, and completed. The one rule behind the
 * {@code modelartsGate} step, the freestyle gate and {@code modelarts gate}, with the words they print.
 */
public final class GateReadiness {
    private GateReadiness() {}

    /**
     * Why a job that has not ended cannot be gated yet, empty once it has ended.
     *
     * @param howToWait the front end's way to wait first, e.g. {@code modelartsWaitForJob}
     */
    public static Optional<String> notEnded(JobSnapshot job, String howToWait) {
        if (job.isTerminal()) {
            return Optional.empty();
        }
        return Optional.of("ModelArts " + job.ref() + " has not ended (" + job.statusName() + "): wait for it first ("
                + howToWait + ") and gate the result");
    }

    /** Why an ended job's gate is not evaluated (it failed or was stopped), empty when it completed. */
    public static Optional<String> notCompleted(JobSnapshot job) {
        return notCompleted(job.ref(), job.state(), job.statusName());
    }

    /** As {@link #notCompleted(JobSnapshot)}, for a job known by its reference, state and status. */
    public static Optional<String> notCompleted(JobRef ref, JobState state, String statusName) {
        if (state == JobState.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of("ModelArts release gate not evaluated: " + ref + " ended " + state + " (" + statusName
                + "), it did not complete");
    }
}
