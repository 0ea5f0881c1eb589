package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "ModelArts trend" page's release history, rendered with the real Jelly and JEXL from {@link TrainedBuilds}
 * (#1 overridden by alice, #2 failed, #3 passed): one row per build, newest first, released rows marked, the override
 * shown and escaped, and the answer to {@code ?at=}.
 */
class TrendPageShowsTheReleasesTest {
    private static final Pattern ROW = Pattern.compile("<tr class=\"modelarts-released-(true|false)\">(.*?)</tr>", Pattern.DOTALL);

    private final ViewEvaluator evaluator = new ViewEvaluator(PluginViews.ofPlugin());

    @TempDir
    Path jobDir;

    private String render(TrainedBuilds builds, Map<String, String> query) {
        Page page = Pages.projectPage(builds, query);
        return evaluator.evaluate(page.view(), page.variables()).output().replaceAll("\\s+", " ");
    }

    /** Each row as "released|cell|cell|…", tags dropped. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
            }
            rows.add(row.group(1) + "|" + String.join("|", cells));
        }
        return rows;
    }

    @Test
    void theReleasesTableHasOneRowPerGatedBuildNewestFirstWithTheOverride() throws Exception {
        String html = render(new TrainedBuilds(jobDir), Map.of());

        assertThat(html).contains("<h2 id=\"releases\">Releases</h2>").contains("href=\"releases.json\"");
        assertThat(rows(html)).containsExactly(
                "true|#3|2024-05-01T12:10:00Z|SUCCESS|resnet V0003|10|PASS|||released",
                "false|#2|2024-05-01T11:10:00Z|FAILURE|resnet V0003|10|FAILURE|||",
                "true|#1|2024-05-01T10:10:00Z|SUCCESS|resnet V0003|10|OVERRIDDEN|relabelled test set|alice|released");
        assertThat(html).as("nothing asked, nothing answered").doesNotContain("modelarts-release-answer");
    }

    @Test
    void atATimeThePageNamesTheReleaseThenInEffect() throws Exception {
        String html = render(new TrainedBuilds(jobDir), Map.of("at", TrainedBuilds.AT));

        assertThat(html).contains("<p class=\"modelarts-release-answer\">Released at 2024-05-01T12:00:00Z: build #1, "
                + "job resnet V0003 (id 10), finished 2024-05-01T10:10:00Z, gate OVERRIDDEN.</p>");
        assertThat(html).as("the form keeps the time asked").contains("value=\"" + TrainedBuilds.AT + "\"");
    }

    @Test
    void beforeTheFirstReleaseThePageSaysNoModelHadBeenReleased() throws Exception {
        String html = render(new TrainedBuilds(jobDir), Map.of("at", "2024-05-01T10:09:59Z"));

        assertThat(html).contains("No model had been released by 2024-05-01T10:09:59Z");
    }

    @Test
    void anUnreadableTimeIsAMessageOnThePage() throws Exception {
        String html = render(new TrainedBuilds(jobDir), Map.of("at", "next <b>friday</b>"));

        assertThat(html).contains("Cannot answer: cannot read \"next &lt;b>friday&lt;/b>\" as a time: give an ISO-8601 instant")
                .doesNotContain("<b>friday");
        assertThat(rows(html)).hasSize(3);
    }

    @Test
    void anOverrideReasonWithMarkupIsEscaped() throws Exception {
        String html = render(new TrainedBuilds(jobDir, "<script>alert(1)</script>"), Map.of());

        assertThat(html).contains("|OVERRIDDEN|&lt;script>alert(1)&lt;/script>|alice|".replace("|", "</td><td>"))
                .doesNotContain("<script>alert(1)");
    }
}
