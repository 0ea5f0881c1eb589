package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;

/** The steps' Pipeline contract: names, and no need for a node (so waiting holds no executor). */
class StepDescriptorsTest {
    private static final List<StepDescriptor> DESCRIPTORS = List.of(
            new TrainStep.DescriptorImpl(), new WaitForJobStep.DescriptorImpl(), new GateStep.DescriptorImpl(),
            new VersionsStep.DescriptorImpl(), new JobsStep.DescriptorImpl(), new JobStep.DescriptorImpl(),
            new StopJobStep.DescriptorImpl());

    @Test
    void theStepsHaveTheDocumentedPipelineNames() {
        assertThat(DESCRIPTORS).extracting(StepDescriptor::getFunctionName).containsExactly(
                "modelartsTrain", "modelartsWaitForJob", "modelartsGate", "modelartsVersions", "modelartsJobs",
                "modelartsJob", "modelartsStopJob");
    }

    @Test
    void everyStepNeedsOnlyTheBuildAndItsConsoleSoItRunsOutsideNode() {
        for (StepDescriptor d : DESCRIPTORS) {
            Set<Class<?>> required = Set.copyOf(d.getRequiredContext());
            assertThat(required).as(d.getFunctionName()).containsExactlyInAnyOrder(Run.class, TaskListener.class);
        }
    }

    @Test
    void everyStepHasADisplayNameForTheSnippetGenerator() {
        assertThat(DESCRIPTORS).extracting(StepDescriptor::getDisplayName).allMatch(n -> n.length() > 10);
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
}
