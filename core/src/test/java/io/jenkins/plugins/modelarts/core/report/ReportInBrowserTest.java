package io.jenkins.plugins.modelarts.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (Debian's package): it renders, every chart has a
 * non-zero size, the browser logs no errors, and a screenshot is kept in
 * {@code core/target/browser/report.png} for people to look at. On CI (CI=true) a missing
 * Chromium fails the test, because .ci/run installs it; elsewhere the test is skipped.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern RESULT = Pattern.compile("data-result=\"([^\"]*)\"");

    @TempDir
    static Path work;

    @BeforeAll
    static void needsChromium() {
        boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
        if (onCi) {
            assertThat(CHROMIUM).as("CI must install Debian's chromium (see .ci/run)").isExecutable();
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
    }

    private static List<String> chromium(Path userData, String... args) {
        return sized(userData, "1200,1600", args);
    }

    private static List<String> sized(Path userData, String windowSize, String... args) {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + userData, "--window-size=" + windowSize));
        command.addAll(List.of(args));
        return command;
    }

    private static String run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        return out;
    }

    @Test
    void rendersWithSizedChartsNoConsoleErrorsAndAScreenshot() throws Exception {
        TrainingReport report = Reports.completed(Reports.classes(25), Reports.cpuAndGpu());
        String html = new HtmlReportRenderer().render(report);
        assertThat(html).doesNotContain("<script");
        Path page = Files.writeString(work.resolve("index.html"), html);

        // A copy with a measuring script: the report itself has none, and must not need one.
        String probe = "<script>window.addEventListener('load',()=>{const s=[...document.querySelectorAll('svg')]"
                + ".map(e=>{const r=e.getBoundingClientRect();return [r.width,r.height]});"
                + "document.body.setAttribute('data-result',JSON.stringify({svgs:s,rows:document.querySelectorAll('tr').length,"
                + "title:document.title}));});</script>";
        Path measured = Files.writeString(work.resolve("measured.html"), html.replace("</body>", probe + "</body>"));
        Path log = work.resolve("chromium.log");
        String dom = run(chromium(work.resolve("profile-1"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=5000", "--dump-dom", measured.toUri().toString()), log);

        Matcher m = RESULT.matcher(dom);
        assertThat(m.find()).as("the page loaded and the probe ran; DOM was:\n" + dom).isTrue();
        JsonNode result = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
        assertThat(result.path("svgs")).as("one chart per series").hasSize(2);
        for (JsonNode svg : result.path("svgs")) {
            assertThat(svg.get(0).asDouble()).isGreaterThan(100);
            assertThat(svg.get(1).asDouble()).isGreaterThan(50);
        }
        assertThat(result.path("rows").asInt()).isGreaterThan(25);
        assertThat(result.path("title").asText()).isEqualTo("Training report: " + report.title());
        List<String> consoleErrors = Files.readAllLines(log).stream()
                .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Failed to load")).toList();
        assertThat(consoleErrors).isEmpty();

        Path screenshots = Files.createDirectories(Path.of(System.getProperty("buildDir", "target"), "browser"));
        Path png = screenshots.resolve("report.png").toAbsolutePath();
        run(chromium(work.resolve("profile-2"), "--screenshot=" + png, page.toUri().toString()), work.resolve("shot.log"));
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /**
     * The findings, units, deltas and phases as a browser shows them, at a phone's width (390 px) and a
     * desktop's (1280 px): the findings are the first section, the page never scrolls sideways (wide
     * tables scroll inside their own box, charts shrink), and a screenshot of each width is kept in
     * core/target/browser/report-phone.png and report-desktop.png.
     */
    @Test
    void findingsUnitsAndPhasesAtPhoneAndDesktopWidths() throws Exception {
        String html = new HtmlReportRenderer().render(Reports.withFindings());
        assertThat(html).doesNotContain("<script").doesNotContain("src=");
        Path page = Files.writeString(work.resolve("findings.html"), html);
        String probe = "<script>window.addEventListener('load',()=>{const q=s=>[...document.querySelectorAll(s)];"
                + "document.body.setAttribute('data-result',JSON.stringify({"
                + "firstSection:document.querySelector('h2').textContent,"
                + "findings:q('.finding').map(e=>e.innerText),"
                + "axis:q('svg text').map(e=>e.textContent),"
                + "highlighted:q('td.improved,td.regressed').length,"
                + "svgs:q('svg').map(e=>e.getBoundingClientRect().width),"
                + "overflow:document.documentElement.scrollWidth-window.innerWidth}));});</script>";
        Path measured = Files.writeString(work.resolve("findings-measured.html"), html.replace("</body>", probe + "</body>"));
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("buildDir", "target"), "browser"));
        for (String[] width : new String[][] {{"phone", "390,844"}, {"desktop", "1280,1600"}}) {
            String dom = run(sized(work.resolve("profile-" + width[0]), width[1], "--virtual-time-budget=5000",
                    "--dump-dom", measured.toUri().toString()), work.resolve(width[0] + ".log"));
            Matcher m = RESULT.matcher(dom);
            assertThat(m.find()).as("the probe ran at the %s width", width[0]).isTrue();
            JsonNode r = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
            assertThat(r.path("firstSection").asText()).isEqualTo("Findings");
            assertThat(r.path("findings")).hasSize(2);
            assertThat(r.path("findings").get(0).asText()).contains("gpu-underused").contains("10.0 %");
            assertThat(r.path("findings").get(1).asText()).contains("long-queue").contains("15m 0s");
            List<String> axis = new ArrayList<>();
            r.path("axis").forEach(t -> axis.add(t.asText()));
            assertThat(axis).contains("100.0 %", "4.1 MB/s", "queued", "started", "ended", "0 min", "GPU (%)");
            assertThat(r.path("highlighted").asInt()).isPositive();
            assertThat(r.path("overflow").asInt()).as("no sideways scrolling at the %s width", width[0]).isLessThanOrEqualTo(0);
            r.path("svgs").forEach(w -> assertThat(w.asDouble()).isGreaterThan(100));
            Path png = screenshots.resolve("report-" + width[0] + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            run(sized(work.resolve("shot-" + width[0]), width[1], "--screenshot=" + png, page.toUri().toString()),
                    work.resolve("shot-" + width[0] + ".log"));
            assertThat(png).exists();
            assertThat(pngWidth(png)).isEqualTo(Integer.parseInt(width[1].split(",")[0]));
        }
    }

    /** The width in a PNG's IHDR header (bytes 16-19, big-endian). */
    private static int pngWidth(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        return ((b[16] & 0xff) << 24) | ((b[17] & 0xff) << 16) | ((b[18] & 0xff) << 8) | (b[19] & 0xff);
    }
}
