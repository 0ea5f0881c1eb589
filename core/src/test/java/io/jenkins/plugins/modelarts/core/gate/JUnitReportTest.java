package io.jenkins.plugins.modelarts.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class JUnitReportTest {
    @Test
    void aLoneSurrogateInAMetricNameIsReplacedAndTheXmlStillEncodesAndParses() throws Exception {
        GateResult result = new GateResult(GateOutcome.FAILURE, List.of(
                new RuleResult("acc\uD800 >= 0.9", 0.5, false, "acc\uD800 is 0.5\u001b[2J, which fails")), List.of());
        String xml = JUnitReport.toXml("modelarts.gate.x", result);
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(xml)).isTrue();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue())
                .isEqualTo("acc\uFFFD >= 0.9");
    }

    @Test
    void oneTestCasePerRuleWithFailuresAndEscapedText() throws Exception {
        GateResult result = new GateResult(GateOutcome.FAILURE, List.of(
                new RuleResult("accuracy >= 0.92", 0.95, true, "ok"),
                new RuleResult("recall[<cat & \"dog\">] >= 0.8", 0.5, false, "recall is 0.5 < 0.8")),
                List.of("baseline: build #4"));
        String xml = JUnitReport.toXml("modelarts.gate.resnet", result);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").item(1).getAttributes().getNamedItem("name").getNodeValue())
                .isEqualTo("recall[<cat & \"dog\">] >= 0.8");
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo("recall is 0.5 < 0.8");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("baseline: build #4");
    }
}
