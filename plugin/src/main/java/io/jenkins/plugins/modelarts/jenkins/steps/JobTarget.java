package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;

/**
 * The job a step acts on, as the step was given it: a job id (v1 digits or a v2 UUID, trimmed) under
 * the step's parameter name, and for v1 an optional version (blank or 0 is none). The steps that take a
 * job keep one of these and forward their {@code jobId}/{@code id} and {@code versionId} getters and
 * setter to it; {@link #ref} checks the values and fails the step naming the parameter.
 */
final class JobTarget {
    private final String field;
    private final String id;
    private Long versionId;

    private JobTarget(String field, String id) {
        this.field = field;
        this.id = id == null ? null : id.trim();
    }

    /** A job given as {@code jobId}. */
    static JobTarget jobId(String jobId) {
        return new JobTarget("jobId", jobId);
    }

    /** A job given as {@code id}. */
    static JobTarget id(String id) {
        return new JobTarget("id", id);
    }

    String id() {
        return id;
    }

    Long versionId() {
        return versionId;
    }

    void versionId(Long versionId) {
        this.versionId = StepValues.id(versionId);
    }

    /**
     * The job reference, or the step fails (listing the problem, nothing sent) when the id is missing
     * or is neither digits nor a UUID, or a version is given with a v2 id.
     */
    JobRef ref(ModelArtsStep step) throws AbortException {
        if (id == null || id.isEmpty()) {
            step.check(List.of(field + " is required: a v1 job id (digits) or a v2 job id (a UUID)"));
        }
        try {
            return JobRef.parse(id, versionId);
        } catch (IllegalArgumentException e) {
            step.check(List.of(field + ": " + e.getMessage()));
            throw e; // not reached: check throws
        }
    }

    /** As {@link #ref}, for steps that only take a v1 job. */
    long v1JobId(ModelArtsStep step, String v2Hint) throws AbortException {
        JobRef ref = ref(step);
        if (ref.api() != JobRef.Api.V1) {
            step.check(List.of(field + ": " + id + " is a v2 job; " + v2Hint));
        }
        return ref.v1JobId();
    }
}
