package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every view of the plugin parses and runs with the variables core gives it, new and configured. */
class EveryViewEvaluatesTest {
    private final PluginViews views = PluginViews.ofPlugin();
    private final ViewEvaluator evaluator = new ViewEvaluator(views);

    @TempDir
    Path jobDir;

    @Test
    void everyPageParsesAndEvaluatesWithoutExceptions() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Page page : new Pages(views).all(new TrainedBuilds(jobDir))) {
            try {
                evaluator.evaluate(page.view(), page.variables());
            } catch (RuntimeException e) {
                failures.add(page + ": " + e);
            }
        }
        assertThat(failures).as("pages that fail to evaluate").isEmpty();
    }

    @Test
    void everyViewOfThePluginRunsAsAPageOrFromAnInclude() throws Exception {
        Set<String> evaluated = new LinkedHashSet<>();
        for (Page page : new Pages(views).all(new TrainedBuilds(jobDir))) {
            evaluated.addAll(evaluator.evaluate(page.view(), page.variables()).views());
        }
        assertThat(views.all()).hasSizeGreaterThan(15);
        assertThat(evaluated).as("views evaluated").containsAll(views.all());
    }

    @Test
    void includesOutsideThePluginAreOnlyCoreAndCredentialsPages() throws Exception {
        Set<String> outside = new LinkedHashSet<>();
        for (Page page : new Pages(views).all(new TrainedBuilds(jobDir))) {
            outside.addAll(evaluator.evaluate(page.view(), page.variables()).includesOutsideThePlugin());
        }
        assertThat(outside).as("st:include of pages the plugin does not have")
                .isNotEmpty()
                .allMatch(i -> i.contains("includes sidepanel.jelly of ") || i.contains("includes id-and-description of "));
    }
}
