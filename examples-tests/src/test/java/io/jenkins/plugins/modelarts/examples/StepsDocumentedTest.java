package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/steps.md promises every parameter of every step: each step's section lists its own in a table and links
 * the shared tables it takes (connection, waiting, release gate). A parameter in code but not in the docs, or
 * in the docs but not in code, fails here, naming the step.
 */
class StepsDocumentedTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\(#([a-z0-9-]+)\\)");

    /** The sections of a Markdown file by anchor (GitHub's: lower case, spaces to dashes, punctuation dropped). */
    static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = markdown.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            String title = parts[i].substring(0, parts[i].indexOf('\n'));
            sections.put(anchor(title), parts[i]);
        }
        return sections;
    }

    static String anchor(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    static Set<String> rows(String section) {
        Set<String> names = new TreeSet<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A step's documented parameters: its section's table and the tables of the shared sections it links. */
    static Set<String> documented(Map<String, String> sections, String step) {
        String own = sections.get(step.toLowerCase(java.util.Locale.ROOT));
        assertThat(own).as("docs/steps.md has a section '## " + step + "'").isNotNull();
        Set<String> names = new TreeSet<>(rows(own));
        Matcher link = LINK.matcher(own);
        while (link.find()) {
            String target = link.group(1);
            if (target.endsWith("-parameters") || target.equals("parameters-every-step-takes")) {
                names.addAll(rows(sections.getOrDefault(target, "")));
            }
        }
        return names;
    }

    @Test
    void everyStepParameterIsDocumentedAndEveryDocumentedParameterExists() throws IOException {
        Map<String, String> sections = sections(Files.readString(Path.of("../docs/steps.md")));
        var steps = PipelineSteps.all();
        assertThat(steps.keySet()).contains("modelartsTrain", "withModelArts");
        for (var step : steps.values()) {
            Set<String> inCode = new TreeSet<>(step.model().parameters().keySet());
            assertThat(documented(sections, step.functionName()))
                    .as("docs/steps.md parameters of %s (left: documented; right: @DataBoundConstructor/@DataBoundSetter names)",
                            step.functionName())
                    .isEqualTo(inCode);
        }
    }

    @Test
    void theCheckSeesAParameterMissingFromTheDocs() {
        Map<String, String> sections = sections("""
                ## modelartsJob
                | `id` | String | required | … |
                Plus the [connection](#parameters-every-step-takes) parameters.
                ## Parameters every step takes
                | `credentialsId` | String | | |
                """);

        assertThat(documented(sections, "modelartsJob")).containsExactly("credentialsId", "id");
        assertThat(new TreeSet<>(PipelineSteps.all().get("modelartsJob").model().parameters().keySet()))
                .isNotEqualTo(documented(sections, "modelartsJob"))
                .containsAll(List.of("id", "credentialsId", "versionId", "region"));
    }
}
