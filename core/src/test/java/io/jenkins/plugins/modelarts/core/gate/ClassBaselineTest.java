package io.jenkins.plugins.modelarts.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code maxClassRegression}: each class's metrics compared with the same class in the baseline. */
class ClassBaselineTest {
    private static ModelMetrics metrics(double accuracy, ClassMetrics... classes) {
        return new ModelMetrics(Map.of("accuracy", accuracy), List.of(classes), List.of());
    }

    private static ClassMetrics cls(String name, String id, double recall, double precision) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("recall", recall);
        values.put("precision", precision);
        return new ClassMetrics(name, id, values);
    }

    private static GateResult evaluate(Baseline baseline, ModelMetrics current) {
        return new ReleaseGate(List.of(), baseline, GateOutcome.FAILURE).evaluate(current);
    }

    private static final ModelMetrics BEFORE = metrics(0.9, cls("cat", "0", 0.9, 0.9), cls("dog", "1", 0.9, 0.9));

    @Test
    void aClassThatCollapsesFailsTheGateWhileTheTotalsHold() {
        ModelMetrics now = metrics(0.91, cls("cat", "0", 0.4, 0.9), cls("dog", "1", 0.95, 0.9));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.01, 0.05), now);

        assertThat(r.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(r.rules()).extracting(RuleResult::name).containsExactly("accuracy vs baseline",
                "precision[cat] vs baseline", "recall[cat] vs baseline", "precision[dog] vs baseline", "recall[dog] vs baseline");
        assertThat(r.rules().get(0).passed()).isTrue();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("recall[cat] vs baseline");
            assertThat(f.actual()).isEqualTo(0.4);
            assertThat(f.message()).isEqualTo("recall[cat] is 0.4, baseline 0.9 (build #41), allowed drop 0.05: a regression");
        });
        assertThat(r.summary()).isEqualTo("FAILURE: 1 of 5 rules failed: recall[cat] is 0.4, baseline 0.9 (build #41),"
                + " allowed drop 0.05: a regression");
    }

    @Test
    void aDropWithinTheClassToleranceOrExactlyAtItPasses() {
        ModelMetrics now = metrics(0.9, cls("cat", "0", 0.85, 0.88), cls("dog", "1", 0.9, 0.95));
        assertThat(evaluate(new Baseline("build #41", BEFORE, 0.0, 0.05), now).outcome()).isEqualTo(GateOutcome.PASS);
        GateResult tighter = evaluate(new Baseline("build #41", BEFORE, 0.0, 0.02), now);
        assertThat(tighter.failures()).extracting(RuleResult::name).containsExactly("recall[cat] vs baseline");
    }

    @Test
    void theClassToleranceIsSeparateFromTheTotalOne() {
        ModelMetrics now = metrics(0.85, cls("cat", "0", 0.9, 0.9), cls("dog", "1", 0.9, 0.9));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.01, 0.5), now);
        assertThat(r.failures()).extracting(RuleResult::name).containsExactly("accuracy vs baseline");
    }

    @Test
    void aClassTheBaselineHasAndThisJobLacksFailsEachOfItsRules() {
        ModelMetrics now = metrics(0.9, cls("cat", "0", 0.9, 0.9));
        GateResult r = evaluate(new Baseline("job 7 version 9", BEFORE, 0.0, 0.1), now);
        assertThat(r.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(r.failures()).extracting(RuleResult::name).containsExactly("precision[dog] vs baseline", "recall[dog] vs baseline");
        assertThat(r.failures().get(0).actual()).isNull();
        assertThat(r.failures().get(0).message()).isEqualTo("class 'dog' was reported by the baseline (job 7 version 9) but not by this job");
    }

    @Test
    void aClassMetricTheBaselineHasAndThisJobLacksFailsItsRule() {
        ModelMetrics now = metrics(0.9, new ClassMetrics("cat", "0", Map.of("recall", 0.9)), cls("dog", "1", 0.9, 0.9));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.0, 0.1), now);
        assertThat(r.failures()).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("precision[cat] was reported by the baseline (build #41) but not by this job"));
    }

    @Test
    void aClassOnlyThisJobHasIsNotARegressionButIsNoted() {
        ModelMetrics now = metrics(0.9, cls("cat", "0", 0.9, 0.9), cls("dog", "1", 0.9, 0.9), cls("fox", "2", 0.1, 0.1));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.0, 0.0), now);
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.rules()).hasSize(5);
        assertThat(r.notes()).containsExactly("1 class only this job reports, not in the baseline (build #41), not compared: fox");
    }

    @Test
    void classesWithoutNamesAreMatchedByIdAndTheMessageSaysSo() {
        ModelMetrics before = metrics(0.9, cls("", "0", 0.9, 0.9), cls("dog", "1", 0.9, 0.9));
        ModelMetrics now = metrics(0.9, cls("cat", "0", 0.5, 0.9), cls("", "1", 0.9, 0.9));
        GateResult r = evaluate(new Baseline("build #41", before, 0.0, 0.05), now);
        assertThat(r.rules()).extracting(RuleResult::name).containsExactly("accuracy vs baseline",
                "precision[0] vs baseline", "recall[0] vs baseline", "precision[dog] vs baseline", "recall[dog] vs baseline");
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("recall[0] is 0.5, baseline 0.9 (build #41), allowed drop 0.05 (matched by class id 0): a regression"));
        assertThat(r.rules().get(3).message()).endsWith("(matched by class id 1)");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void namedClassesWithTheSameIdButDifferentNamesAreDifferentClasses() {
        ModelMetrics now = metrics(0.9, cls("lynx", "0", 0.9, 0.9), cls("dog", "1", 0.9, 0.9));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.0, 0.05), now);
        assertThat(r.failures()).extracting(RuleResult::name).containsExactly("precision[cat] vs baseline", "recall[cat] vs baseline");
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n).endsWith("not compared: lynx"));
    }

    @Test
    void classesAreNotComparedUnlessAsked() {
        ModelMetrics now = metrics(0.9, cls("cat", "0", 0.0, 0.0));
        GateResult r = evaluate(new Baseline("build #41", BEFORE, 0.0), now);
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.rules()).extracting(RuleResult::name).containsExactly("accuracy vs baseline");
    }

    @Test
    void aBaselineWithoutClassesSaysSo() {
        GateResult r = evaluate(new Baseline("build #41", metrics(0.9), 0.0, 0.05), BEFORE);
        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.notes()).contains("the baseline (build #41) reported no per-class metrics: no class to compare");
    }

    @Test
    void aNegativeOrEndlessClassToleranceIsRefused() {
        assertThatThrownBy(() -> new Baseline("b", BEFORE, 0.0, -0.01)).hasMessageContaining("maxClassRegression must be 0 or more");
        assertThatThrownBy(() -> new Baseline("b", BEFORE, 0.0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("maxClassRegression");
    }

    @Test
    void thousandsOfClassRulesAreAllKeptButTheSummarySpellsOutOnlyTen() {
        List<ClassMetrics> before = new ArrayList<>();
        List<ClassMetrics> now = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            before.add(cls("c" + i, String.valueOf(i), 0.9, 0.9));
            now.add(cls("c" + i, String.valueOf(i), i < 30 ? 0.1 : 0.9, 0.9));
        }
        GateResult r = evaluate(new Baseline("build #41", new ModelMetrics(Map.of(), before, List.of()), 0.0, 0.0),
                new ModelMetrics(Map.of(), now, List.of()));
        assertThat(r.rules()).hasSize(2000);
        assertThat(r.failures()).hasSize(30);
        assertThat(r.summary()).startsWith("FAILURE: 30 of 2000 rules failed: recall[c0] is 0.1")
                .contains("recall[c9] is 0.1").doesNotContain("recall[c10] ")
                .endsWith("; and 20 more failed rules (every rule is in the report)");
        String xml = JUnitReport.toXml("modelarts.gate.x", r);
        assertThat(xml).contains("tests=\"2000\" failures=\"30\"").contains("name=\"recall[c999] vs baseline\"/>");
    }
}
