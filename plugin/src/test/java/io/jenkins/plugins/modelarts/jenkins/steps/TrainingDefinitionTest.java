package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jenkins.plugins.modelarts.client.model.NameRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingDefinitionTest {
    @Test
    void derivedNamesFollowTheNameRulesAndKeepTheBuildNumber() {
        assertThat(TrainingDefinition.derivedName("team/resnet training", 42)).isEqualTo("team-resnet-training-42");
        assertThat(TrainingDefinition.derivedName("模型", 3)).isEqualTo("jenkins-3");
        String longName = TrainingDefinition.derivedName("folder/" + "x".repeat(200), 123456);
        assertThat(longName).endsWith("-123456").hasSizeLessThanOrEqualTo(NameRules.MAX_LENGTH);
        assertThat(NameRules.isValid(longName)).isTrue();
    }

    @Test
    void hyperParametersComeAsAMapAListOrLines() {
        assertThat(TrainingDefinition.parameters(Map.of("lr", 0.01))).containsEntry("lr", "0.01");
        assertThat(TrainingDefinition.parameters(List.of("lr=0.01", "batch_size = 32")))
                .containsEntry("lr", "0.01").containsEntry("batch_size", "32");
        assertThat(TrainingDefinition.parameters("lr=0.01\n\nepochs=3")).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> TrainingDefinition.parameters("no-equals-sign"));
    }

    @Test
    void aWholeBodyAndFieldsTogetherAreRefused() {
        TrainingDefinition d = new TrainingDefinition();
        d.setSpec("{\"job_name\": \"x\", \"config\": {}}");
        d.setAppUrl("/bucket/src/");
        assertThat(d.problems("x")).singleElement().asString().contains("either 'spec'");
    }

    @Test
    void aConfigurationNameDefersTheFieldChecksToTheMergedConfiguration() {
        TrainingDefinition d = new TrainingDefinition();
        d.setConfigName("stored-config");
        assertThat(d.problems("job-1")).isEmpty();
    }

    @Test
    void aConfigurationTypeIsCheckedAndGoesWithAConfigurationName() {
        TrainingDefinition d = new TrainingDefinition();
        d.setConfigName("mnist_tf_sample");
        d.setConfigType("sample");
        assertThat(d.problems("job-1")).isEmpty();
        d.setConfigType("vendor");
        assertThat(d.problems("job-1")).containsExactly("configType 'vendor' is not valid: expected custom or sample");

        TrainingDefinition alone = new TrainingDefinition();
        alone.setConfigType("sample");
        assertThat(alone.problems("job-1")).contains(
                "configType goes with configName: it says whether configName is a custom or a sample configuration");
    }
}
