package io.jenkins.plugins.modelarts.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** An audited override: a failed gate released on purpose, with who and why kept in every rendering. */
class GateOverrideTest {
    private static final GateOverride ALICE = new GateOverride("relabelled test set, drop expected", "alice");

    private static GateResult failed(GateOutcome outcome) {
        return new GateResult(outcome, List.of(new RuleResult("accuracy >= 0.92", 0.95, true, "accuracy is 0.95"),
                new RuleResult("recall >= 0.9", 0.85, false, "recall >= 0.9: recall is 0.85, which fails")), List.of("a note"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailedGateWithAnOverrideIsOverriddenAndItsFailedRulesStayFailed() {
        GateResult r = failed(GateOutcome.FAILURE).overriddenBy(ALICE);

        assertThat(r.outcome()).isEqualTo(GateOutcome.OVERRIDDEN);
        assertThat(r.override()).isEqualTo(ALICE);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).extracting(RuleResult::name).containsExactly("recall >= 0.9");
        assertThat(r.summary()).isEqualTo("OVERRIDDEN: 1 of 2 rules failed: recall >= 0.9: recall is 0.85, which fails; "
                + "overridden by alice: relabelled test set, drop expected");
        assertThat(r.toMap()).containsEntry("outcome", "OVERRIDDEN")
                .containsEntry("override", Map.of("reason", "relabelled test set, drop expected", "by", "alice"));
    }

    @Test
    void anUnstableGateIsOverriddenToo() {
        assertThat(failed(GateOutcome.UNSTABLE).overriddenBy(ALICE).outcome()).isEqualTo(GateOutcome.OVERRIDDEN);
    }

    @Test
    void aPassingGateWithAnOverrideStaysPassAndNotesTheOverrideWasNotUsed() {
        GateResult pass = new GateResult(GateOutcome.PASS, List.of(new RuleResult("accuracy >= 0.9", 0.95, true, "ok")), List.of());

        GateResult r = pass.overriddenBy(ALICE);

        assertThat(r.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(r.override()).isNull();
        assertThat(r.toMap()).doesNotContainKey("override");
        assertThat(r.notes()).singleElement().asString().contains("not used").contains("alice");
    }

    @Test
    void aBlankOrMissingReasonIsNoOverride() {
        assertThat(GateOverride.of("  ", "alice")).isEmpty();
        assertThat(GateOverride.of(null, "alice")).isEmpty();
        assertThat(failed(GateOutcome.FAILURE).overriddenBy(GateOverride.of("\t", "alice").orElse(null)).outcome())
                .isEqualTo(GateOutcome.FAILURE);
        assertThatThrownBy(() -> new GateOverride(" ", "alice")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReasonIsTrimmedAndAnUnknownOverriderIsSaidSo() {
        assertThat(GateOverride.of("  hotfix ", null)).contains(new GateOverride("hotfix", "unknown"));
    }

    @Test
    void onlyAnOverriddenVerdictCarriesAnOverride() {
        assertThatThrownBy(() -> new GateResult(GateOutcome.FAILURE, List.of(), List.of(), ALICE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GateResult(GateOutcome.OVERRIDDEN, List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJUnitXmlSkipsTheOverriddenRulesInsteadOfFailingThemAndRecordsTheReason() throws Exception {
        GateOverride hostile = new GateOverride("<b>\"ship it\" & go</b>", "bob");
        String xml = JUnitReport.toXml("modelarts.gate.x", failed(GateOutcome.FAILURE).overriddenBy(hostile));

        Document doc = parse(xml);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("failed; overridden by bob: <b>\"ship it\" & go</b>");
        assertThat(doc.getElementsByTagName("skipped").item(0).getParentNode().getAttributes().getNamedItem("name")
                .getNodeValue()).isEqualTo("recall >= 0.9");
        org.w3c.dom.NodeList properties = doc.getElementsByTagName("property");
        assertThat(properties.getLength()).isEqualTo(3);
        assertThat(((org.w3c.dom.Element) properties.item(1)).getAttribute("name")).isEqualTo("modelarts.gate.override.reason");
        assertThat(((org.w3c.dom.Element) properties.item(1)).getAttribute("value")).isEqualTo("<b>\"ship it\" & go</b>");
        assertThat(((org.w3c.dom.Element) properties.item(2)).getAttribute("value")).isEqualTo("bob");
    }

    @Test
    void withoutAnOverrideTheJUnitXmlFailsTheRuleAndHasNoProperties() throws Exception {
        Document doc = parse(JUnitReport.toXml("modelarts.gate.x", failed(GateOutcome.FAILURE)));
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(doc.getElementsByTagName("properties").getLength()).isZero();
    }
}
