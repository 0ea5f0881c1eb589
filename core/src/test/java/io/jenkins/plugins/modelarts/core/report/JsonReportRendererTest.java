package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {
    private final JsonReportRenderer renderer = new JsonReportRenderer();

    @Test
    void documentHoldsEverythingWithMetricListsAsObjects() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(renderer.render(Reports.completed(Reports.classes(2), Reports.cpuAndGpu())));
        assertThat(doc.path("format").asInt()).isEqualTo(1);
        assertThat(doc.path("job").path("id").asText()).isEqualTo("10");
        assertThat(doc.path("job").path("version_id").asLong()).isEqualTo(12);
        assertThat(doc.path("status").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(doc.path("duration_ms").asLong()).isEqualTo(125_000);
        assertThat(doc.path("model_metrics").path("totals").path("accuracy").asDouble()).isEqualTo(0.94);
        assertThat(doc.path("model_metrics").path("classes").get(1).path("class_name").asText()).isEqualTo("class-1");
        assertThat(doc.path("system_metrics").path("series").path("cpuUsage").get(3).isNull()).isTrue();
        assertThat(doc.path("system_metrics").path("peaks").path("cpuUsage").asDouble()).isEqualTo(6.0);
        assertThat(doc.path("job").path("link").isNull()).isTrue();
    }

    @Test
    void roundTripGivesAnEqualReport() {
        ClassMetrics odd = new ClassMetrics("<向日葵> & \"co\"", "", Map.of("recall", 0.8));
        TrainingReport report = Reports.completed(
                        new ModelMetrics(Map.of("accuracy", 0.94), List.of(odd), List.of("no total metrics reported")),
                        Reports.cpuAndGpu())
                .withLink("https://example.test/?a=1&b=2");
        assertThat(renderer.parse(renderer.render(report))).isEqualTo(report);
        TrainingReport bare = new TrainingReport(JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"), null, null, null,
                "Running", JobState.RUNNING, null, null, null, null, null, null, ModelMetrics.from(null),
                SystemMetrics.from(null), List.of("the job has not ended"));
        assertThat(renderer.parse(renderer.render(bare))).isEqualTo(bare);
    }

    @Test
    void aThousandClassesRoundTrip() {
        TrainingReport report = Reports.completed(Reports.classes(1000), Reports.cpuAndGpu());
        assertThat(renderer.parse(renderer.render(report)).modelMetrics().classes()).hasSize(1000)
                .isEqualTo(report.modelMetrics().classes());
    }

    @Test
    void somethingElseIsRejectedWithAMessage() {
        assertThatThrownBy(() -> renderer.parse("{\"format\":1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON report");
        assertThatThrownBy(() -> renderer.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
    }
}
