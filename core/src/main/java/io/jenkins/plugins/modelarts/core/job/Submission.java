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

    /**
     * How a front end's line about it begins, before the job's reference: {@code "Created JOB: "}, or
     * {@code "Re-attached to JOB, which the create made although its answer was lost: "}; {@code job}
     * names the job as that front end does ({@code "training job 'resnet-1'"}).
     */
    public String lead(String job) {
        return foundByName
                ? "Re-attached to " + job + ", which the create made although its answer was lost: "
                : "Created " + job + ": ";
    }
}
