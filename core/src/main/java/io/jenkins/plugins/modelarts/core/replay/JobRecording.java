package io.jenkins.plugins.modelarts.core.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import java.util.Objects;

/**
 * A recorded job: the fixture document ({@code {"modelarts_fixture": 1, …}}) and what was recorded, for a
 * summary line.
 *
 * @param fixture the document to write, with no credentials, project id or endpoint in it
 * @param snapshot the ended job as it was read
 * @param logLines how many log lines the fixture holds
 * @param logTruncated whether earlier log lines were left out (the log was longer than the bound)
 */
public record JobRecording(ObjectNode fixture, JobSnapshot snapshot, int logLines, boolean logTruncated) {
    public JobRecording {
        Objects.requireNonNull(fixture, "fixture == null");
        Objects.requireNonNull(snapshot, "snapshot == null");
    }
}
