package io.jenkins.plugins.modelarts.core.job;

import java.util.Objects;

/**
 * What submitting a spec did: the job's first snapshot, and whether the job was found by name after
 * the create's own answer was lost or unusable ({@code foundByName}) rather than created by an
 * answered create. Front ends say "Re-attached" for the first and "Created" for the second.
 */
public record Submission(JobSnapshot snapshot, boolean foundByName) {
    public Submission {
        Objects.requireNonNull(snapshot, "snapshot == null");
    }
}
