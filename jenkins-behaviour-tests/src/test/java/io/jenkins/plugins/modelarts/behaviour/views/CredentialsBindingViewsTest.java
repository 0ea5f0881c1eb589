package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsKeysBinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * credentials-binding renders every binding with its own {@code MultiBinding/config.jelly}: it includes the
 * binding's {@code config-variables.jelly}, then the {@code credentialsId} select (passing
 * {@code expressionAllowed} and {@code checkMethod="post"}), then an optional {@code config-details.jelly}. A
 * binding's own {@code config.jelly} would replace that page (Stapler finds the subclass's view first).
 */
class CredentialsBindingViewsTest {
    private static final String FOLDER = PluginViews.folderOf(ModelArtsKeysBinding.class);

    private final PluginViews views = PluginViews.ofPlugin();
    private final ViewEvaluator evaluator = new ViewEvaluator(views);

    @Test
    void theBindingLeavesConfigJellyToCredentialsBindingAndShipsConfigVariablesOfItsProperties() {
        List<String> problems = new ArrayList<>();
        if (views.exists(FOLDER + "/config.jelly")) {
            problems.add(FOLDER + "/config.jelly replaces credentials-binding's MultiBinding/config.jelly"
                    + " (and its expressionAllowed credentials select); name it config-variables.jelly");
        }
        String variables = FOLDER + "/config-variables.jelly";
        if (!views.exists(variables)) {
            problems.add("no " + variables + " for MultiBinding/config.jelly to include");
        } else {
            for (Object instance : new Object[] {null, ConfiguredInstances.of(ModelArtsKeysBinding.class)}) {
                Page page = Pages.configPage(variables, ModelArtsKeysBinding.class, instance);
                for (String field : FormFields.of(evaluator.evaluate(page.view(), page.variables()))) {
                    if (field.equals("credentialsId")) {
                        problems.add(page + ": credentialsId is MultiBinding/config.jelly's field; here it is a second one");
                    } else if (!FormFields.hasGetter(ModelArtsKeysBinding.class, field)) {
                        problems.add(page + ": field " + field + " is no property of ModelArtsKeysBinding");
                    }
                }
            }
        }
        assertThat(problems).as("the binding's views").isEmpty();
    }
}
