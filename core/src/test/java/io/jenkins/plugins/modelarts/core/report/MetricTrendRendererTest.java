package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MetricTrendRendererTest {
    private final MetricTrendRenderer renderer = new MetricTrendRenderer();

    @Test
    void drawsOneLinePerMetricWithAPointPerBuild() throws Exception {
        MetricTrend trend = builds(12, i -> Map.of("accuracy", 0.80 + i * 0.01, "precision", 0.7, "recall", 0.6 + i * 0.02,
                "f1_score", 0.65));
        Document svg = parse(renderer.svg(trend));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("720");
        assertThat(Integer.parseInt(root.getAttribute("height"))).isPositive();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(series(svg)).containsOnlyKeys("accuracy", "precision", "recall", "f1_score");
        assertThat(series(svg).values()).allSatisfy(d -> {
            assertThat(pointCount(d)).isEqualTo(12);
            assertThat(d).startsWith("M").doesNotContain("NaN").doesNotContain("Infinity");
        });
        assertThat(texts(svg)).contains("accuracy", "precision", "recall", "f1_score", "#1", "#12", "build");
    }

    @Test
    void theValueAxisIsZeroToOneWhenEveryValueIsAFraction() throws Exception {
        Document svg = parse(renderer.svg(builds(3, i -> Map.of("accuracy", 0.9 + i * 0.01))));
        assertThat(texts(svg)).contains("0", "0.25", "0.5", "0.75", "1");
        assertThat(yCoordinates(series(svg).get("accuracy"))).allSatisfy(y -> assertThat(y).isBetween(16.0, 60.0));
    }

    @Test
    void valuesOutsideZeroToOneAreScaledToFit() throws Exception {
        Document svg = parse(renderer.svg(builds(5, i -> Map.of("accuracy", 0.9, "loss", 3.5 - i * 0.7))));
        assertThat(texts(svg)).contains("0", "1", "2", "3", "4").doesNotContain("0.25");
        int bottom = Integer.parseInt(svg.getDocumentElement().getAttribute("height")) - 44;
        for (String d : series(svg).values()) {
            assertThat(yCoordinates(d)).allSatisfy(y -> assertThat(y).isBetween(16.0, (double) bottom));
        }
        List<Double> loss = yCoordinates(series(svg).get("loss"));
        assertThat(loss.get(0)).isLessThan(loss.get(4)); // larger values are higher up
    }

    @Test
    void missingValuesAreGapsInTheLine() throws Exception {
        List<MetricTrend.Point> points = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            points.add(new MetricTrend.Point("#" + i, i == 3 || i == 5 ? Map.of("accuracy", 0.5) : Map.of("accuracy", 0.5, "recall", 0.4)));
        }
        Document svg = parse(renderer.svg(MetricTrend.of(points)));
        String recall = series(svg).get("recall");
        assertThat(pointCount(recall)).isEqualTo(4);
        assertThat(recall.split("M", -1)).hasSize(4); // three runs: #1-#2, #4, #6
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(2); // #4 and #6 stand alone
    }

    @Test
    void aSingleBuildIsOneDotInTheMiddle() throws Exception {
        Document svg = parse(renderer.svg(builds(1, i -> Map.of("accuracy", 0.5))));
        String d = series(svg).get("accuracy");
        assertThat(pointCount(d)).isEqualTo(1);
        assertThat(d).isEqualTo("M306 " + yCoordinates(d).get(0).toString().replace(".0", ""));
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(1);
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Model metrics of the last 1 build");
    }

    @Test
    void twoHundredBuildsGetThinnedLabels() throws Exception {
        Document svg = parse(renderer.svg(builds(200, i -> Map.of("accuracy", (i % 10) / 10.0, "f1_score", 0.5))));
        List<String> buildLabels = texts(svg).stream().filter(t -> t.startsWith("#")).toList();
        assertThat(buildLabels).hasSize(MetricTrendRenderer.MAX_X_LABELS).contains("#1", "#200");
        assertThat(series(svg).values()).allSatisfy(d -> assertThat(pointCount(d)).isEqualTo(200));
    }

    @Test
    void hostileNamesAndLabelsAreEscaped() throws Exception {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("<script>alert(1)</script>", 0.5);
        totals.put("a\"b'c&d", 0.6);
        MetricTrend trend = MetricTrend.of(List.of(new MetricTrend.Point("#1\"><script>", totals)));
        String svg = renderer.svg(trend);
        String table = renderer.table(trend);
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(table).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a&quot;b&#39;c&amp;d");
        assertThat(series(parse(svg))).containsOnlyKeys("<script>alert(1)</script>", "a\"b'c&d");
        parse("<div>" + table + "</div>");
    }

    @Test
    void anEmptyTrendSaysNoDataYetInsteadOfAnEmptyChart() throws Exception {
        Map<String, Double> nothing = new HashMap<>();
        nothing.put("accuracy", Double.NaN);
        for (MetricTrend trend : List.of(MetricTrend.empty(), MetricTrend.of(List.of(new MetricTrend.Point("#1", nothing))))) {
            Document svg = parse(renderer.svg(trend));
            assertThat(texts(svg)).containsExactly("No data yet");
            assertThat(svg.getElementsByTagName("path").getLength()).isZero();
            assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("48");
            assertThat(renderer.table(trend)).contains("No data yet").doesNotContain("<table");
        }
    }

    @Test
    void isSelfContained() {
        String svg = renderer.svg(builds(30, i -> Map.of("accuracy", 0.5, "loss", 2.0)));
        assertThat(svg).startsWith("<svg ").endsWith("</svg>").doesNotContain("<script").doesNotContain("href")
                .doesNotContain("url(").doesNotContain("<style").doesNotContain("class=");
        assertThat(svg.indexOf("<svg")).isEqualTo(svg.lastIndexOf("<svg"));
    }

    @Test
    void extremeValuesStillGiveValidCoordinates() throws Exception {
        Document svg = parse(renderer.svg(builds(3, i -> Map.of("x", i == 0 ? -Double.MAX_VALUE : Double.MAX_VALUE))));
        assertThat(series(svg).get("x")).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(pointCount(series(svg).get("x"))).isEqualTo(3);
    }

    @Test
    void theTableHasABuildColumnThenOneColumnPerMetric() {
        List<MetricTrend.Point> points = List.of(new MetricTrend.Point("#7", Map.of("recall", 0.8, "accuracy", 0.9)),
                new MetricTrend.Point("#8", Map.of("accuracy", 0.95)));
        String table = renderer.table(MetricTrend.of(points));
        assertThat(table).startsWith("<table>").contains("<caption>")
                .contains("<tr><th scope=\"col\">Build</th><th scope=\"col\">accuracy</th><th scope=\"col\">recall</th></tr>")
                .contains("<tr><th scope=\"row\">#7</th><td>0.9000</td><td>0.8000</td></tr>")
                .contains("<tr><th scope=\"row\">#8</th><td>0.9500</td><td>-</td></tr>");
    }

    private static MetricTrend builds(int count, IntFunction<Map<String, Double>> totals) {
        List<MetricTrend.Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new MetricTrend.Point("#" + (i + 1), totals.apply(i)));
        }
        return MetricTrend.of(points);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The path data of each series, by metric name. */
    private static Map<String, String> series(Document svg) {
        Map<String, String> series = new LinkedHashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-metric")) {
                NodeList paths = g.getElementsByTagName("path");
                assertThat(paths.getLength()).as("paths of " + g.getAttribute("data-metric")).isEqualTo(1);
                series.put(g.getAttribute("data-metric"), ((Element) paths.item(0)).getAttribute("d"));
            }
        }
        return series;
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int pointCount(String d) {
        return d.replaceAll("[^ML]", "").length();
    }

    private static List<Double> yCoordinates(String d) {
        List<Double> ys = new ArrayList<>();
        for (String command : d.split("(?=[ML])")) {
            String[] xy = command.substring(1).trim().split(" ");
            ys.add(Double.parseDouble(xy[1]));
        }
        return ys;
    }
}
