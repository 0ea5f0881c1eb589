package io.jenkins.plugins.modelarts.behaviour.persistence;

import static io.jenkins.plugins.modelarts.behaviour.persistence.Restart.WAIT;
import static io.jenkins.plugins.modelarts.behaviour.persistence.Restart.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainExecution;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainingDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code modelartsTrain}'s execution in program.dat at each stage of its life. */
class TrainExecutionProgramDatTest {
    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    private static TrainStep train(boolean wait) {
        TrainStep step = Restart.trainStep();
        step.setParameters(Map.of("learning_rate", "0.01"));
        step.setWait(wait);
        step.setTimeout(20);
        step.setStreamLog(false);
        return step;
    }

    private long creates() {
        return h.emulator.journal().count("POST", ".*/training-jobs");
    }

    @Test
    void trainExecutionSurvivesProgramDatBeforeItSubmits() throws Exception {
        FakeStepContext context = h.newContext();
        TrainStep step = train(true);
        step.setPreflight(true);
        TrainExecution execution = (TrainExecution) step.start(context);

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(((TrainingDefinition) Fields.get(read, "definition")).runsPreflight(false))
                .as("preflight: true, kept for a create after the restart").isTrue();
        assertThat(Fields.get(read, "ref")).isNull();
        assertThat(Fields.get(read, "submitStarted")).isEqualTo(false);
        assertThat(Fields.get(read, "jobName")).isEqualTo("resnet-1");
        assertThat(((TrainingDefinition) Fields.get(read, "definition")).getParameters()).containsEntry("learning_rate", "0.01");
    }

    /** The state saved just before the create goes out; set directly, as the plugin's own test does. */
    @Test
    void trainExecutionSurvivesProgramDatBetweenSubmitAndItsAnswer() throws Exception {
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) train(true).start(context);
        Fields.set(execution, "submitStarted", true);

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "submitStarted")).isEqualTo(true);
        assertThat(Fields.get(read, "definition")).isNotNull();
    }

    @Test
    void trainExecutionSurvivesProgramDatOnceSubmittedAndWaiting() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(30));
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) train(true).start(context);
        execution.start();
        await(() -> context.log().contains("Created ModelArts training job") && Fields.get(execution, "ref") != null);
        h.restartController();

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isEqualTo(Fields.get(execution, "ref")).isNotNull();
        assertThat(Fields.get(read, "definition")).as("dropped once submitted").isNull();
        assertThat((long) Fields.get(read, "deadlineMillis")).isPositive();
        read.onResume();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        assertThat(value).containsEntry("state", "COMPLETED");
        assertThat(creates()).as("nothing submitted twice").isEqualTo(1);
    }

    @Test
    void trainExecutionSurvivesProgramDatWhileStopping() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) train(true).start(context);
        execution.start();
        await(() -> context.log().contains("Created ModelArts training job") && Fields.get(execution, "ref") != null);
        execution.stop(new InterruptedException("aborted by user"));
        h.restartController();

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isEqualTo(Fields.get(execution, "ref"));
        assertThat(Fields.get(read, "stopping")).isEqualTo(true);
        assertThat((Throwable) Fields.get(read, "stopCause")).hasMessage("aborted by user");
    }

    @Test
    void trainExecutionSurvivesProgramDatAfterSubmittingWithoutWaiting() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1000));
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) train(false).start(context);
        execution.start();
        context.await(WAIT);

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isNotNull().isEqualTo(Fields.get(execution, "ref"));
        assertThat(Fields.get(read, "wait")).isEqualTo(false);
    }

    @Test
    void trainExecutionSurvivesProgramDatAfterTheJobEnded() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(2));
        FakeStepContext context = h.newContext();
        TrainExecution execution = (TrainExecution) train(true).start(context);
        execution.start();
        context.await(WAIT);

        TrainExecution read = Restart.throughProgramDat(execution, context, h);

        assertThat(Fields.get(read, "ref")).isNotNull();
        assertThat(Fields.get(read, "submitStarted")).isEqualTo(true);
    }
}
