package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The version-detail shape. {@code TrainingJobVersionTest_detail.json} is not a vendor sample (the
 * seed documents have none for this call): it is the seed-002 version plus the detail-only fields
 * ({@code is_success}, {@code job_id}, {@code job_name}, {@code job_desc}, {@code spec_code}), with
 * both metric lists as objects, the way the detail call sends {@code system_metric_list}.
 */
class TrainingJobVersionTest {

    @Test
    void detailReadsMetricListsSentAsObjects() {
        TrainingJobVersion version = Fixtures.read(getClass(), "detail", TrainingJobVersion.class);

        assertThat(version.isSuccess()).isTrue();
        assertThat(version.jobId()).isEqualTo(10L);
        assertThat(version.jobName()).isEqualTo("testModelArtsJob");
        assertThat(version.jobDesc()).isEqualTo("testModelArtsJob desc");
        assertThat(version.specCode()).isEqualTo("modelarts.vm.gpu.p100");
        assertThat(version.modelMetricList().path("metric").get(0).path("metric_values").path("recall").asDouble())
                .isEqualTo(0.005833);
        assertThat(version.systemMetricList().path("cpuUsage").get(2).asText()).isEqualTo("5.76");
    }

    @Test
    void detailAndListEntryHoldTheSameMetrics() {
        TrainingJobVersion detail = Fixtures.read(getClass(), "detail", TrainingJobVersion.class);
        TrainingJobVersion entry = Fixtures.read(TrainingJobVersionListTest.class, "success", TrainingJobVersionList.class)
                .versions().get(0);

        assertThat(detail.modelMetricList()).isEqualTo(entry.modelMetricList());
        assertThat(detail.systemMetricList()).isEqualTo(entry.systemMetricList());
    }

    @Test
    void absentEmptyAndNullMetricListsAreNull() {
        assertThat(read("{}").modelMetricList()).isNull();
        assertThat(read("{\"model_metric_list\": \"\", \"system_metric_list\": null}").modelMetricList()).isNull();
        assertThat(read("{\"model_metric_list\": \"\", \"system_metric_list\": null}").systemMetricList()).isNull();
        assertThat(read("{\"model_metric_list\": \"  \"}").modelMetricList()).isNull();
    }

    @Test
    void malformedEmbeddedMetricsStayTextAndDoNotFailTheVersion() {
        TrainingJobVersion version = read("{\"status\": 8, \"model_metric_list\": \"{\\\"metric\\\": [\"}");

        JsonNode metrics = version.modelMetricList();
        assertThat(metrics.isTextual()).isTrue();
        assertThat(metrics.asText()).isEqualTo("{\"metric\": [");
        assertThat(version.state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void missingStatusReadsAsUnknownAndUnknownCodesKeepTheirNumber() {
        assertThat(read("{}").v1Status().name()).isEqualTo("JOBSTAT_UNKNOWN");
        assertThat(read("{\"status\": 42}").v1Status().name()).isEqualTo("JOBSTAT_42");
        assertThat(read("{\"status\": 42}").state()).isEqualTo(JobState.UNKNOWN);
    }

    @Test
    void unknownFieldsAreKeptAndPrintedBack() {
        JsonNode wire = Fixtures.parse("{\"version_id\": 3, \"status\": 10, \"new_field\": {\"a\": [1, 2]}}");

        TrainingJobVersion version = Fixtures.convert(wire, TrainingJobVersion.class);

        assertThat(version.unknownFields()).containsOnlyKeys("new_field");
        assertThat(Fixtures.tree(version)).isEqualTo(wire);
    }

    private static TrainingJobVersion read(String json) {
        return Fixtures.convert(Fixtures.parse(json), TrainingJobVersion.class);
    }
}
