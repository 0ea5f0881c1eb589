package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;

/** The steps' Pipeline contract: names, and no need for a node (so waiting holds no executor). */
class StepDescriptorsTest {
    private static final List<StepDescriptor> DESCRIPTORS = List.of(
            new TrainStep.DescriptorImpl(), new WaitForJobStep.DescriptorImpl(), new GateStep.DescriptorImpl(),
            new VersionsStep.DescriptorImpl(), new JobsStep.DescriptorImpl(), new JobStep.DescriptorImpl(),
            new StopJobStep.DescriptorImpl(), new ConfigsStep.DescriptorImpl());

    @Test
    void theStepsHaveTheDocumentedPipelineNames() {
        assertThat(DESCRIPTORS).extracting(StepDescriptor::getFunctionName).containsExactly(
                "modelartsTrain", "modelartsWaitForJob", "modelartsGate", "modelartsVersions", "modelartsJobs",
                "modelartsJob", "modelartsStopJob", "modelartsConfigs");
    }

    @Test
    void everyStepNeedsOnlyTheBuildAndItsConsoleSoItRunsOutsideNode() {
        for (StepDescriptor d : DESCRIPTORS) {
            Set<Class<?>> required = Set.copyOf(d.getRequiredContext());
            assertThat(required).as(d.getFunctionName()).containsExactlyInAnyOrder(Run.class, TaskListener.class);
        }
    }

    @Test
    void everyStepHasItsOwnDisplayNameNamingModelArtsForTheSnippetGenerator() {
        // the Snippet Generator lists steps as "functionName: display name"; two alike would be indistinguishable
        assertThat(DESCRIPTORS).extracting(StepDescriptor::getDisplayName).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).contains("ModelArts").doesNotEndWith(".").matches("[A-Z].*"));
        assertThat(DESCRIPTORS).allSatisfy(d -> assertThat(d.getDisplayName()).as(d.getFunctionName())
                .doesNotContain(d.getFunctionName()));
        assertThat(new StopJobStep.DescriptorImpl().getDisplayName()).isEqualTo("Stop a ModelArts training job");
        assertThat(new WaitForJobStep.DescriptorImpl().getDisplayName()).contains("without holding an executor");
    }

    @Test
    void theRulesFieldIsCheckedAsTheUserTypes() {
        ModelArtsStepDescriptor d = new GateStep.DescriptorImpl();
        assertThat(d.doCheckRequire("accuracy >= 0.9\nrecall[cat] > 0.8").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(d.doCheckRequire("accuracy >== 0.9").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(d.doCheckTimeout("0").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(d.doCheckTimeout("-3").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(d.doCheckJobName("has space").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void pipelinesMayStillWriteRulesAsOneStringAndParametersAsAListOrLines() {
        var d = new TrainStep.DescriptorImpl();

        Map<String, Object> adjusted = d.customInstantiate(Map.of(
                "require", "accuracy >= 0.9\nrecall >= 0.8", "parameters", List.of("lr=0.01", "batch = 32")));

        assertThat(adjusted.get("require")).isEqualTo(List.of("accuracy >= 0.9", "recall >= 0.8"));
        assertThat(adjusted.get("parameters")).isEqualTo(Map.of("lr", "0.01", "batch", "32"));
        assertThat(d.customInstantiate(Map.of("parameters", "lr=0.1\nepochs=3")).get("parameters"))
                .isEqualTo(Map.of("lr", "0.1", "epochs", "3"));
    }

    @Test
    void typedArgumentsPassThroughAndNumbersInParametersBecomeText() {
        var d = new WaitForJobStep.DescriptorImpl();
        Map<String, Object> given = Map.of("jobId", "10", "require", List.of("accuracy >= 0.9"), "parameters", Map.of("batch", 32));

        Map<String, Object> adjusted = d.customInstantiate(given);

        assertThat(adjusted).containsEntry("jobId", "10").containsEntry("require", List.of("accuracy >= 0.9"))
                .containsEntry("parameters", Map.of("batch", "32"));
    }

    @Test
    void aBlankOrZeroIdIsNotGiven() {
        WaitForJobStep step = new WaitForJobStep("10");
        step.setVersionId(0L); // what Stapler makes of a blank Long field
        assertThat(step.getVersionId()).isNull();
        step.setVersionId(3L);
        assertThat(step.getVersionId()).isEqualTo(3L);
        TrainStep train = new TrainStep();
        train.setSpecId(0L);
        train.setEngineId(0L);
        train.setModelId(0L);
        assertThat(train.getSpecId()).isNull();
        assertThat(train.getEngineId()).isNull();
        assertThat(train.getModelId()).isNull();
    }

    @Test
    void aRuleListEntryWithSeveralLinesGivesOneRulePerLine() {
        GateStep step = new GateStep("10");
        step.setRequire(List.of("accuracy >= 0.9\r\nrecall >= 0.8", " ", "f1 >= 0.7"));
        assertThat(step.getRequire()).containsExactly("accuracy >= 0.9", "recall >= 0.8", "f1 >= 0.7");
    }
}
