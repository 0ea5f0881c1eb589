package io.jenkins.plugins.modelarts.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.core.findings.Finding;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gate rules on efficiency findings: {@code finding:ID OP COUNT}. */
class FindingRulesTest {
    private static final ModelMetrics METRICS = new ModelMetrics(Map.of("accuracy", 0.95), List.of(), List.of());

    private static Finding finding(String id, Finding.Level level) {
        return new Finding(id, level, id + " happened.", Map.of("samples", 5.0), "Do something.");
    }

    private static GateResult gate(List<Finding> findings, String... rules) {
        return new ReleaseGate(ReleaseGate.parseRules(List.of(rules)), null, GateOutcome.FAILURE).evaluate(METRICS, findings);
    }

    @Test
    void aFindingRuleCountsThatFinding() {
        List<Finding> one = List.of(finding("gpu-underused", Finding.Level.WARNING), finding("long-queue", Finding.Level.INFO));
        GateResult failed = gate(one, "accuracy >= 0.9", "finding:gpu-underused == 0");
        assertThat(failed.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(failed.rules().get(1).message()).contains("1 finding").contains("gpu-underused happened.").endsWith("which fails");
        assertThat(gate(one, "finding:cpu-bound-input == 0").outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(gate(one, "finding:any <= 2", "finding:warning < 2").outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(gate(one, "finding:warning == 0").outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(gate(List.of(), "finding:gpu-underused == 0").outcome()).isEqualTo(GateOutcome.PASS);
    }

    @Test
    void withoutFindingsAFindingRuleFailsRatherThanPassingOnNoEvidence() {
        GateResult result = new ReleaseGate(ReleaseGate.parseRules(List.of("finding:long-queue == 0")), null,
                GateOutcome.FAILURE).evaluate(METRICS);
        assertThat(result.outcome()).isEqualTo(GateOutcome.FAILURE);
        assertThat(result.rules().get(0).message()).contains("not known");
    }

    @Test
    void unknownFindingsAndFractionsAreRefusedNamingTheIds() {
        assertThatThrownBy(() -> GateRule.parse("finding:gpu-idle == 0")).hasMessageContaining("unknown finding 'gpu-idle'")
                .hasMessageContaining("gpu-underused").hasMessageContaining("long-queue");
        assertThatThrownBy(() -> GateRule.parse("finding:long-queue == 0.5")).hasMessageContaining("finding:ID OP COUNT");
        GateRule rule = GateRule.parse(" finding:Long-Queue <= 1 ");
        assertThat(rule.isFinding()).isTrue();
        assertThat(rule.findingId()).isEqualTo("long-queue");
        assertThat(rule).hasToString("finding:long-queue <= 1");
    }
}
