package io.jenkins.plugins.modelarts.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ModelMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed-002 sample's model_metric_list, un-embedded. */
    private static final String SEED_002 = "{\"metric\":[{\"metric_values\":{\"recall\":0.005833,\"precision\":0.000178,"
            + "\"accuracy\":0.000937},\"reserved_data\":{},\"metric_meta\":{\"class_name\":0,\"class_id\":0}}],"
            + "\"total_metric\":{\"total_metric_meta\":{},\"total_reserved_data\":{},\"total_metric_values\":"
            + "{\"recall\":0.005833,\"id\":0,\"precision\":0.000178,\"accuracy\":0.000937}}}";

    @Test
    void readsTotalsAndPerClassValuesOfTheSeedSample() throws Exception {
        ModelMetrics m = ModelMetrics.from(JSON.readTree(SEED_002));
        assertThat(m.totals()).containsOnlyKeys("recall", "precision", "accuracy");
        assertThat(m.total("recall")).hasValue(0.005833);
        assertThat(m.classes()).singleElement().satisfies(c -> {
            assertThat(c.className()).isEqualTo("0");
            assertThat(c.values()).containsEntry("accuracy", 0.000937);
            // in the order the service reported them, on every run (gate rules and report columns follow it)
            assertThat(c.values().keySet()).containsExactly("recall", "precision", "accuracy");
        });
        assertThat(m.notes()).isEmpty();
    }

    @Test
    void acceptsNumbersSentAsStringsAndKeepsF1() throws Exception {
        JsonNode tree = JSON.readTree("{\"total_metric\":{\"total_metric_values\":{\"f1_score\":\"0.91\",\"accuracy\":\"0.93\"}}}");
        ModelMetrics m = ModelMetrics.from(tree);
        assertThat(m.totals()).containsEntry("f1_score", 0.91).containsEntry("accuracy", 0.93);
        assertThat(m.classes()).isEmpty();
    }

    @Test
    void missingEmptyOrMalformedListsDegradeToNoDataWithANote() throws Exception {
        for (JsonNode nothing : new JsonNode[] {null, JSON.nullNode(), JSON.missingNode(), TextNode.valueOf("")}) {
            ModelMetrics m = ModelMetrics.from(nothing);
            assertThat(m.isEmpty()).isTrue();
            assertThat(m.notes()).containsExactly("no model metrics reported");
        }
        ModelMetrics garbage = ModelMetrics.from(TextNode.valueOf("{not json"));
        assertThat(garbage.isEmpty()).isTrue();
        assertThat(garbage.notes()).singleElement().asString().contains("could not be read");
        ModelMetrics partial = ModelMetrics.from(JSON.readTree("{\"metric\":[{\"metric_values\":{\"recall\":\"n/a\"}}]}"));
        assertThat(partial.classes()).singleElement().satisfies(c -> assertThat(c.values()).isEmpty());
        assertThat(partial.notes()).contains("no total metrics reported");
    }

    @Test
    void keepsNonAsciiClassNames() throws Exception {
        ModelMetrics m = ModelMetrics.from(JSON.readTree(
                "{\"metric\":[{\"metric_values\":{\"recall\":0.8},\"metric_meta\":{\"class_name\":\"向日葵\",\"class_id\":3}}]}"));
        assertThat(m.classes().get(0).className()).isEqualTo("向日葵");
        assertThat(m.classes().get(0).classId()).isEqualTo("3");
    }
}
