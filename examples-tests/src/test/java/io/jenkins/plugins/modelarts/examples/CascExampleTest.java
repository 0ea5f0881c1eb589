package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.Secret;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration;
import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsAccessKeyCredentials;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Configuration-as-Code YAML of docs/steps.md ("Global configuration"): its symbols name the plugin's
 * classes, and every key binds to a data-bound constructor parameter or setter of the right type and is
 * exported by a getter of that type, so that the YAML round-trips. A key without a setter fails here.
 */
class CascExampleTest {
    /** The YAML block after "**Configuration as Code**" in docs/steps.md. */
    static Map<String, Object> documentedYaml() throws IOException {
        String doc = Files.readString(Path.of("../docs/steps.md"));
        int section = doc.indexOf("**Configuration as Code**");
        assertThat(section).as("docs/steps.md has the Configuration as Code example").isPositive();
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        return new Yaml().load(doc.substring(start, doc.indexOf("```", start)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String key) {
        return (Map<String, Object>) ((Map<String, Object>) o).get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> credential(Map<String, Object> yaml) {
        var domains = (List<Map<String, Object>>) map(map(yaml, "credentials"), "system").get("domainCredentials");
        var credentials = (List<Map<String, Object>>) domains.get(0).get("credentials");
        return credentials.get(0);
    }

    /** Problems binding {@code keys} to {@code model}, and exporting each back. */
    static List<String> roundTripProblems(DataBoundModel<?> model, Map<String, Object> keys) {
        List<String> problems = new java.util.ArrayList<>(model.problems(keys));
        for (String key : keys.keySet()) {
            Method getter = model.getter(key);
            var type = model.parameters().get(key);
            if (getter == null) {
                problems.add("no getter exports '" + key + "'");
            } else if (type != null && !getter.getGenericReturnType().equals(type)) {
                problems.add("getter of '" + key + "' returns " + getter.getGenericReturnType() + ", the setter takes " + type);
            }
        }
        return problems;
    }

    @Test
    void theGlobalConfigurationsKeysAreItsSettersAndGetters() throws IOException {
        Map<String, Object> yaml = documentedYaml();
        Map<String, Object> modelArts = map(map(yaml, "unclassified"), "modelArts");

        assertThat(Symbols.describable("modelArts")).isEqualTo(ModelArtsGlobalConfiguration.class);
        DataBoundModel<?> model = DataBoundModel.of(ModelArtsGlobalConfiguration.class);
        assertThat(roundTripProblems(model, modelArts)).isEmpty();
        String global = StepsDocumentedTest.sections(Files.readString(Path.of("../docs/steps.md"))).get("global-configuration");
        assertThat(StepsDocumentedTest.rows(global)).as("the fields of docs/steps.md's Global configuration table")
                .containsExactlyInAnyOrderElementsOf(model.parameters().keySet());

        Map<String, Object> misspelled = new LinkedHashMap<>(modelArts);
        misspelled.put("pollInterval", 30);
        assertThat(roundTripProblems(model, misspelled)).anySatisfy(p -> assertThat(p).contains("unknown parameter 'pollInterval'"));
    }

    @Test
    void theCredentialsKeysBindAndComeBackThroughTheGetters() throws IOException {
        Map<String, Object> entry = credential(documentedYaml());
        assertThat(entry).containsOnlyKeys("modelartsAccessKey");
        assertThat(Symbols.describable("modelartsAccessKey")).isEqualTo(ModelArtsAccessKeyCredentials.class);
        Map<String, Object> keys = map(entry, "modelartsAccessKey");
        DataBoundModel<ModelArtsAccessKeyCredentials> model = DataBoundModel.of(ModelArtsAccessKeyCredentials.class);

        ModelArtsAccessKeyCredentials bound = model.bind(keys);

        assertThat(roundTripProblems(model, keys)).isEmpty();
        assertThat(bound.getId()).isEqualTo(keys.get("id"));
        assertThat(bound.getScope().name()).isEqualTo(keys.get("scope"));
        assertThat(bound.getAccessKeyId()).isEqualTo(keys.get("accessKeyId"));
        assertThat(Secret.toString(bound.getSecretKey())).isEqualTo(keys.get("secretKey"));
        Map<String, Object> wrong = new LinkedHashMap<>(keys);
        wrong.put("secretKeyId", "x");
        assertThat(roundTripProblems(model, wrong)).anySatisfy(p -> assertThat(p).contains("unknown parameter 'secretKeyId'"));
    }
}
