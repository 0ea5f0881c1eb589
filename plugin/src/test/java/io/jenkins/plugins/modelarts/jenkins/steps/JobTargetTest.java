package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import org.junit.jupiter.api.Test;

/** The job reference of the steps that take a job: what the bound values become, and the failures. */
class JobTargetTest {
    private static final String V2 = "3faf5c03-aaa1-4cbe-879d-24b05d997347";

    @Test
    void theStepsKeepTheTrimmedIdAndAPositiveVersion() throws Exception {
        StopJobStep step = new StopJobStep(" 10 ");
        step.setVersionId(3L);

        assertThat(step.getJobId()).isEqualTo("10");
        assertThat(step.getVersionId()).isEqualTo(3L);
        JobTarget job = JobTarget.jobId(" 10 ");
        job.versionId(3L);
        assertThat(job.ref(step)).isEqualTo(new JobRef(JobRef.Api.V1, "10", 3L));
    }

    @Test
    void aZeroVersionFromAFormIsNoVersion() {
        WaitForJobStep step = new WaitForJobStep("10");
        step.setVersionId(0L);

        assertThat(step.getVersionId()).isNull();
    }

    @Test
    void aMissingIdFailsTheStepNamingItsParameter() {
        assertThatThrownBy(() -> JobTarget.id("  ").ref(new JobStep("  ")))
                .isInstanceOf(AbortException.class)
                .hasMessage("modelartsJob: 1 problem, nothing was sent:\n"
                        + "  - id is required: a v1 job id (digits) or a v2 job id (a UUID)");
        assertThatThrownBy(() -> JobTarget.jobId(null).ref(new GateStep(null)))
                .hasMessageContaining("  - jobId is required");
    }

    @Test
    void aVersionOnAV2JobFailsTheStep() {
        JobTarget job = JobTarget.jobId(V2);
        job.versionId(2L);

        assertThatThrownBy(() -> job.ref(new StopJobStep(V2)))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("modelartsStopJob: 1 problem")
                .hasMessageContaining("jobId: job " + V2 + " is a v2 training job (a UUID); v2 jobs have no versions");
    }

    @Test
    void onlyV1JobsHaveVersionsToList() throws Exception {
        assertThat(JobTarget.jobId("12").v1JobId(new VersionsStep("12"), "hint")).isEqualTo(12L);
        assertThatThrownBy(() -> JobTarget.jobId(V2).v1JobId(new VersionsStep(V2), "only v1 jobs have versions"))
                .hasMessageEndingWith("  - jobId: " + V2 + " is a v2 job; only v1 jobs have versions");
    }
}
