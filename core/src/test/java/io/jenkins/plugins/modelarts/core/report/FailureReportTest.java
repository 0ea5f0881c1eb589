package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import org.junit.jupiter.api.Test;

/** A failed v2 job's secondary phase and task statuses reach the HTML and JSON reports, and survive a re-read. */
class FailureReportTest {
    private static TrainingJob job(String phase, String statusExtra) throws Exception {
        return Json.mapper().readValue("{\"kind\":\"job\",\"metadata\":{\"id\":\"3faf5c03-aaa1-4cbe-879d-24b05d997347\","
                + "\"name\":\"oom\"},\"status\":{\"phase\":\"" + phase + "\"" + statusExtra + "}}", TrainingJob.class);
    }

    private static TrainingReport report(TrainingJob job) {
        return TrainingReport.from(TrainingJobs.snapshotOf(JobRef.v2(job.id()), job));
    }

    @Test
    void aFailedJobsTaskMessageAndSecondaryPhaseAreInBothReports() throws Exception {
        TrainingReport report = report(job("Failed", ",\"secondary_phase\":\"Failed\",\"task_statuses\":"
                + "[{\"task\":\"worker-0\",\"exit_code\":1,\"message\":\"CUDA out of memory <oops>\"}]"));

        assertThat(report.failure().lines()).containsExactly("secondary phase: Failed",
                "worker-0 exited with code 1: CUDA out of memory <oops>");
        String html = new HtmlReportRenderer().render(report);
        assertThat(html).contains("<h2>Why it failed</h2>", "worker-0 exited with code 1: CUDA out of memory &lt;oops&gt;");
        JsonReportRenderer json = new JsonReportRenderer();
        String text = json.render(report);
        assertThat(Json.mapper().readTree(text).path("failure").path("tasks").get(0).path("exit_code").asInt()).isEqualTo(1);
        assertThat(json.parse(text).failure()).isEqualTo(report.failure());
    }

    @Test
    void anAbnormalJobWithoutTaskStatusesStillGivesItsSecondaryPhase() throws Exception {
        JobFailure failure = report(job("Abnormal", ",\"secondary_phase\":\"CreateFailed\"")).failure();

        assertThat(failure.summary()).isEqualTo("secondary phase: CreateFailed");
    }

    @Test
    void completedAndRunningJobsHaveNoFailure() throws Exception {
        TrainingReport completed = report(job("Completed", ",\"secondary_phase\":\"Completed\""));

        assertThat(completed.failure()).isNull();
        assertThat(new HtmlReportRenderer().render(completed)).doesNotContain("Why it failed");
        assertThat(Json.mapper().readTree(new JsonReportRenderer().render(completed)).has("failure")).isFalse();
        assertThat(JobFailure.of(job("Running", ""))).isEmpty();
    }
}
