package io.jenkins.plugins.modelarts.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate matrix: pass, fail, unstable, missing metric, baseline better and worse, no baseline yet. */
class ReleaseGateTest {
    private static ModelMetrics metrics(double accuracy, double recall, double catRecall) throws Exception {
        return ModelMetrics.from(new ObjectMapper().readTree("{\"metric\":["
                + "{\"metric_values\":{\"recall\":" + catRecall + ",\"precision\":0.9},\"metric_meta\":{\"class_name\":\"cat\",\"class_id\":0}},"
                + "{\"metric_values\":{\"recall\":0.95},\"metric_meta\":{\"class_name\":\"dog\",\"class_id\":1}}],"
                + "\"total_metric\":{\"total_metric_values\":{\"accuracy\":" + accuracy + ",\"recall\":" + recall + ",\"id\":0}}}"));
    }

    private static ReleaseGate gate(GateOutcome onFailure, Baseline baseline, String... rules) {
        return new ReleaseGate(ReleaseGate.parseRules(List.of(rules)), baseline, onFailure);
    }

    @Test
    void passesWhenEveryRuleHolds() throws Exception {
        GateResult r = gate(GateOutcome.FAILURE, null, "accuracy >= 0.92", "recall[cat] >= 0.8").evaluate(metrics(0.93, 0.9, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.summary()).isEqualTo("PASS: 2 of 2 rules passed");
        assertThat(r.rules()).extracting(RuleResult::actual).containsExactly(0.93, 0.85);
    }

    @Test
    void failsWhenARuleDoesNotHoldAndSaysWhich() throws Exception {
        GateResult r = gate(GateOutcome.FAILURE, null, "accuracy >= 0.92", "recall[cat] >= 0.8").evaluate(metrics(0.90, 0.9, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("accuracy >= 0.92");
            assertThat(f.message()).isEqualTo("accuracy >= 0.92: accuracy is 0.9, which fails");
        });
        assertThat(r.summary()).startsWith("FAILURE: 1 of 2 rules failed: accuracy >= 0.92");
    }

    @Test
    void canOnlyMarkTheBuildUnstable() throws Exception {
        GateResult r = gate(GateOutcome.UNSTABLE, null, "recall[cat] > 0.9").evaluate(metrics(0.93, 0.9, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.UNSTABLE);
    }

    @Test
    void metricNamesMatchWhateverCaseTheServiceReportsThemIn() {
        ModelMetrics upper = new ModelMetrics(java.util.Map.of("F1_Score", 0.91), java.util.List.of(), java.util.List.of());
        GateResult r = gate(GateOutcome.FAILURE, null, "F1_SCORE >= 0.9").evaluate(upper);
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.rules().get(0).actual()).isEqualTo(0.91);
    }

    @Test
    void aMissingMetricFailsItsRule() throws Exception {
        GateResult r = gate(GateOutcome.FAILURE, null, "f1_score >= 0.9", "recall[bird] >= 0.5").evaluate(metrics(0.93, 0.9, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(r.failures()).extracting(RuleResult::message).containsExactly(
                "f1_score >= 0.9: f1_score was not reported for the job's totals",
                "recall[bird] >= 0.5: recall was not reported for class 'bird'");
        GateResult none = gate(GateOutcome.FAILURE, null, "accuracy >= 0.5").evaluate(ModelMetrics.from(null));
        assertThat(none.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(none.notes()).contains("no model metrics reported");
    }

    @Test
    void aBaselineThatIsWorseOrWithinTheAllowedDropPasses() throws Exception {
        Baseline previous = new Baseline("job 7 version 9", metrics(0.95, 0.91, 0.8), 0.02);
        GateResult r = gate(GateOutcome.FAILURE, previous).evaluate(metrics(0.94, 0.93, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.rules()).extracting(RuleResult::name).containsExactly("accuracy vs baseline", "recall vs baseline");
    }

    @Test
    void aRegressionBeyondTheAllowedDropFails() throws Exception {
        Baseline previous = new Baseline("job 7 version 9", metrics(0.95, 0.91, 0.8), 0.02);
        GateResult r = gate(GateOutcome.FAILURE, previous, "accuracy >= 0.5").evaluate(metrics(0.92, 0.91, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(r.failures()).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("accuracy is 0.92, baseline 0.95 (job 7 version 9), allowed drop 0.02: a regression"));
    }

    @Test
    void withoutABaselineYetTheComparisonIsSkippedWithANote() throws Exception {
        Baseline empty = new Baseline("last successful build", ModelMetrics.from(null), 0.0);
        GateResult r = gate(GateOutcome.FAILURE, empty, "accuracy >= 0.5").evaluate(metrics(0.92, 0.91, 0.85));
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.notes()).anyMatch(n -> n.contains("reported no total metrics: nothing to compare with"));
    }

    @Test
    void badRulesAreAllReportedAtOnce() {
        assertThatThrownBy(() -> ReleaseGate.parseRules(List.of("accuracy >= 0.9", "accuracy => 0.9", "recall[] > 1", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'accuracy => 0.9' is not a gate rule")
                .hasMessageContaining("'recall[] > 1' is not a gate rule")
                .hasMessageContaining("'' is not a gate rule");
        assertThatThrownBy(() -> new ReleaseGate(List.of(), null, GateOutcome.FAILURE)).hasMessageContaining("at least one rule");
    }

    @Test
    void parsesEveryComparisonAndClassNamesWithSpaces() {
        assertThat(GateRule.parse("Accuracy>=0.9").metric()).isEqualTo("accuracy");
        assertThat(GateRule.parse("precision[ sea lion ] < 1e-1")).satisfies(r -> {
            assertThat(r.className()).isEqualTo("sea lion");
            assertThat(r.threshold()).isEqualTo(0.1);
            assertThat(r.comparison()).isEqualTo(GateRule.Comparison.BELOW);
        });
        assertThat(GateRule.parse("recall == 1").toString()).isEqualTo("recall == 1");
        assertThat(GateRule.parse("recall <= .5").holds(0.5)).isTrue();
        assertThat(GateRule.parse("recall > .5").holds(0.5)).isFalse();
    }

    @Test
    void theResultMapHoldsOnlyPlainValuesForPipelines() throws Exception {
        var map = gate(GateOutcome.FAILURE, null, "accuracy >= 0.92").evaluate(metrics(0.93, 0.9, 0.85)).toMap();
        assertThat(map).containsEntry("outcome", "PASS").containsEntry("passed", true).containsKeys("rules", "summary", "notes");
    }
}
