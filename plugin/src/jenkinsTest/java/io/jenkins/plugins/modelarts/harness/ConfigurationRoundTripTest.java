package io.jenkins.plugins.modelarts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import io.jenkins.plugins.modelarts.jenkins.steps.WaitForJobStep;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Real Jenkins (profile {@code -Pjenkins}): forms and the Snippet Generator round-trip every setting. */
@WithJenkins
class ConfigurationRoundTripTest {
    @Test
    void globalConfigurationSurvivesTheForm(JenkinsRule j) throws Exception {
        ModelArtsGlobalConfiguration config = ModelArtsGlobalConfiguration.get();
        config.setRegion("cn-north-4");
        config.setProjectId("0123456789abcdef0123456789abcdef");
        config.setPollIntervalSeconds(45);
        j.configRoundtrip();
        assertThat(config.getRegion()).isEqualTo("cn-north-4");
        assertThat(config.getPollIntervalSeconds()).isEqualTo(45);
    }

    @Test
    void snippetGeneratorWritesTheStepsBack(JenkinsRule j) throws Exception {
        SnippetizerTester st = new SnippetizerTester(j);
        WaitForJobStep wait = new WaitForJobStep("10");
        wait.setVersionId(3L);
        wait.setTimeout(120);
        st.assertRoundTrip(wait, "modelartsWaitForJob jobId: '10', timeout: 120, versionId: 3");
        TrainStep train = new TrainStep();
        train.setSpecId(1L);
        train.setParameters(Map.of("lr", "0.01"));
        train.setRequire(List.of("accuracy >= 0.9"));
        train.setWait(true);
        st.assertRoundTrip(train, "modelartsTrain parameters: [lr: '0.01'], require: ['accuracy >= 0.9'], specId: 1, wait: true");
    }
}
