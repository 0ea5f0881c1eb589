package io.jenkins.plugins.modelarts.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import java.util.ArrayList;
import java.util.List;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.Test;

/** The compiled plugin carries the SezPoz index Jenkins reads to find its extensions. */
class ExtensionsIndexedTest {
    @Test
    void everyExtensionOfThePluginIsInTheIndex() {
        List<String> indexed = new ArrayList<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, getClass().getClassLoader())) {
            indexed.add(item.className());
        }
        String p = "io.jenkins.plugins.modelarts.jenkins.";
        assertThat(indexed).contains(
                p + "steps.TrainStep$DescriptorImpl", p + "steps.WaitForJobStep$DescriptorImpl",
                p + "steps.GateStep$DescriptorImpl", p + "steps.VersionsStep$DescriptorImpl",
                p + "steps.JobsStep$DescriptorImpl", p + "steps.JobStep$DescriptorImpl",
                p + "steps.StopJobStep$DescriptorImpl", p + "steps.ConfigsStep$DescriptorImpl",
                p + "freestyle.ModelArtsTrainBuilder$DescriptorImpl", p + "freestyle.ModelArtsGateRecorder$DescriptorImpl",
                p + "freestyle.FreestyleSettings$DescriptorImpl",
                p + "credentials.ModelArtsAccessKeyCredentials$DescriptorImpl",
                p + "credentials.ModelArtsKeysBinding$DescriptorImpl",
                p + "connection.ModelArtsGlobalConfiguration", p + "connection.ModelArtsRuntime");
    }
}
