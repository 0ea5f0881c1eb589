package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;

/** Reads the job id parameters of steps, failing the step with the field's name on a bad value. */
final class StepRefs {
    private StepRefs() {}

    static JobRef parse(ModelArtsStep step, String field, String id, Long versionId) throws AbortException {
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
}
