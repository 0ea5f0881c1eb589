package io.jenkins.plugins.modelarts.core.job;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.Objects;

/**
 * What one status read said about a job: its classified {@link JobState}, the vendor's own status
 * name (for people: {@code JOBSTAT_RUNNING(8)}, {@code Running}), the running time when known, and
 * the full API object it came from ({@code TrainingJobVersion} for v1, {@code TrainingJob} for v2).
 * The status name is printed by every front end, so it is kept {@link ConsoleText#safe(String) safe}
 * for a console; the API object keeps the server's text as it was.
 */
public record JobSnapshot(JobRef ref, JobState state, String statusName, Long durationMillis, Object detail) {
    public JobSnapshot {
        Objects.requireNonNull(ref, "ref == null");
        Objects.requireNonNull(state, "state == null");
        statusName = ConsoleText.safe(Objects.requireNonNull(statusName, "statusName == null"));
    }

    public boolean isTerminal() {
        return state.isTerminal();
    }
}
