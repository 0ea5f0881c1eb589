package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import org.junit.jupiter.api.Test;

class TrainingReportTest {
    private static final String METRICS = "{\"metric\":[{\"metric_values\":{\"recall\":0.9,\"accuracy\":0.95},"
            + "\"metric_meta\":{\"class_name\":\"daisy\",\"class_id\":0}}],"
            + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.94}}}";

    private static <T> T read(String json, Class<T> type) throws Exception {
        return Json.mapper().readValue(json, type);
    }

    @Test
    void v1VersionGivesEverySummaryFieldAndBothMetricLists() throws Exception {
        TrainingJobVersion v = read("{\"job_name\":\"flowers\",\"version_name\":\"V0002\",\"status\":10,"
                + "\"duration\":60000,\"create_time\":1763805600000,\"engine_name\":\"TensorFlow\",\"engine_version\":\"2.1\","
                + "\"spec_id\":1,\"worker_server_num\":2,\"log_url\":\"/b/logs/\",\"train_url\":\"/b/out/\","
                + "\"model_metric_list\":" + quoted(METRICS) + ",\"system_metric_list\":{\"cpuUsage\":[\"1\",\"-1\"],\"interval\":1}}",
                TrainingJobVersion.class);
        TrainingReport r = TrainingReport.from(new JobSnapshot(JobRef.v1(10, 12), JobState.COMPLETED,
                "JOBSTAT_COMPLETED(10)", 60000L, v));
        assertThat(r.title()).isEqualTo("flowers V0002");
        assertThat(r.engine()).isEqualTo("TensorFlow 2.1");
        assertThat(r.flavor()).isEqualTo("spec 1, 2 nodes");
        assertThat(r.createdMillis()).isEqualTo(1763805600000L);
        assertThat(r.logUrl()).isEqualTo("/b/logs/");
        assertThat(r.outputUrl()).isEqualTo("/b/out/");
        assertThat(r.modelMetrics().total("accuracy")).hasValue(0.94);
        assertThat(r.modelMetrics().classes()).singleElement().extracting(c -> c.className()).isEqualTo("daisy");
        assertThat(r.systemMetrics().series().get("cpuUsage")).containsExactly(1.0, null);
        assertThat(r.allNotes()).isEmpty();
    }

    @Test
    void v2JobSaysItHasNoModelMetrics() throws Exception {
        TrainingJob job = read("{\"kind\":\"job\",\"metadata\":{\"id\":\"3faf5c03-aaa1-4cbe-879d-24b05d997347\","
                + "\"name\":\"v2-job\",\"create_time\":1763805600000},\"status\":{\"phase\":\"Completed\",\"duration\":5000},"
                + "\"algorithm\":{\"engine\":{\"engine_name\":\"PyTorch\",\"engine_version\":\"1.8\"}},"
                + "\"spec\":{\"resource\":{\"flavor_id\":\"modelarts.vm.gpu.p100\",\"node_count\":1}}}", TrainingJob.class);
        TrainingReport r = TrainingReport.from(new JobSnapshot(JobRef.v2(job.id()), JobState.COMPLETED, "Completed", 5000L, job));
        assertThat(r.name()).isEqualTo("v2-job");
        assertThat(r.engine()).isEqualTo("PyTorch 1.8");
        assertThat(r.flavor()).isEqualTo("modelarts.vm.gpu.p100, 1 node");
        assertThat(r.modelMetrics().isEmpty()).isTrue();
        assertThat(r.allNotes()).contains("no model metrics (v2 job)");
    }

    @Test
    void malformedAndEmptyMetricListsBecomeNotes() throws Exception {
        TrainingJobVersion v = read("{\"job_name\":\"\",\"status\":10,\"model_metric_list\":\"{not json\","
                + "\"system_metric_list\":\"\"}", TrainingJobVersion.class);
        TrainingReport r = TrainingReport.from(new JobSnapshot(JobRef.v1(1, 1), JobState.COMPLETED, "done", null, v));
        assertThat(r.title()).isEqualTo("job 1 version 1");
        assertThat(r.allNotes()).anySatisfy(n -> assertThat(n).contains("model metrics"))
                .anySatisfy(n -> assertThat(n).contains("system metrics"));
    }

    @Test
    void aRunningJobOrAnUnknownDetailIsNotedNotFatal() {
        TrainingReport r = TrainingReport.from(new JobSnapshot(JobRef.v1(1, 1), JobState.RUNNING, "JOBSTAT_RUNNING(8)", null, null));
        assertThat(r.notes()).hasSize(2).anySatisfy(n -> assertThat(n).contains("has not ended"));
        assertThat(new HtmlReportRenderer().render(r)).contains("has not ended");
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\"", "\\\"") + "\"";
    }
}
