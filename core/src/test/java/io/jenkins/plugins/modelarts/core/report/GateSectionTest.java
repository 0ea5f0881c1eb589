package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import io.jenkins.plugins.modelarts.core.gate.GateOverride;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.gate.RuleResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release gate's verdict in the HTML and JSON report, an override prominent and escaped. */
class GateSectionTest {
    private static final GateResult FAILED = new GateResult(GateOutcome.FAILURE,
            List.of(new RuleResult("recall >= 0.9", 0.85, false, "recall >= 0.9: recall is 0.85, which fails")), List.of());

    @Test
    void anOverriddenGateIsShownAtTheTopWithWhoAndWhyEscaped() {
        GateResult overridden = FAILED.overriddenBy(new GateOverride("<script>alert(1)</script> & ship", "eve <e@x>"));

        String html = new HtmlReportRenderer().render(Reports.completed(null, null), overridden);

        assertThat(html).doesNotContain("<script>").contains("Release gate: OVERRIDDEN")
                .contains("Gate failed — overridden by eve &lt;e@x&gt;: &lt;script&gt;alert(1)&lt;/script&gt; &amp; ship")
                .contains("failed: recall &gt;= 0.9: recall is 0.85, which fails");
        assertThat(html.indexOf("Gate failed — overridden")).isLessThan(html.indexOf("<h2>Summary</h2>"));
    }

    @Test
    void aGateThatWasNotOverriddenSaysNothingOfAnOverride() {
        String html = new HtmlReportRenderer().render(Reports.completed(null, null), FAILED);
        assertThat(html).contains("Release gate: FAILURE").doesNotContain("overridden by");
        assertThat(new HtmlReportRenderer().render(Reports.completed(null, null))).doesNotContain("Release gate");
    }

    @Test
    void theJsonReportHasTheGateWithItsOverride() throws Exception {
        GateResult overridden = FAILED.overriddenBy(new GateOverride("known regression", "alice"));

        JsonNode gate = new ObjectMapper().readTree(new JsonReportRenderer().render(Reports.completed(null, null), overridden))
                .path("gate");

        assertThat(gate.path("outcome").asText()).isEqualTo("OVERRIDDEN");
        assertThat(gate.path("override").path("reason").asText()).isEqualTo("known regression");
        assertThat(gate.path("override").path("by").asText()).isEqualTo("alice");
        assertThat(gate.path("rules").get(0).path("passed").asBoolean(true)).isFalse();
        JsonNode plain = new ObjectMapper().readTree(new JsonReportRenderer().render(Reports.completed(null, null), FAILED));
        assertThat(plain.path("gate").path("override").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(new JsonReportRenderer().render(Reports.completed(null, null))).has("gate"))
                .isFalse();
    }
}
