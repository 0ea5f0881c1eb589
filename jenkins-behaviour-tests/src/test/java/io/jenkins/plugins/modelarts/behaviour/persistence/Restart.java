package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A step execution through a controller restart, as far as its persisted form goes: written into
 * {@link ProgramDat program.dat}, read back for the same build, and checked to hold the same persisted
 * state, the resumed build's context and nothing secret.
 */
public final class Restart {
    public static final Duration WAIT = Duration.ofSeconds(30);

    private Restart() {}

    /**
     * Writes {@code execution}, checks the bytes, reads it back and checks it; returns what was read.
     * The execution must be quiet while this runs (not started, ended, or its runtime restarted).
     */
    public static <T extends StepExecution> T throughProgramDat(T execution, StepContext context, StepHarness h) throws Exception {
        Object before = PersistedGraph.stateOf(execution);
        ProgramDat.Written written = ProgramDat.write(execution);

        assertThat(written.text()).as("program.dat holds no secret")
                .doesNotContain(h.emulator.secretKey()).doesNotContain(h.emulator.accessKey());
        assertThat(written.classes()).as("classes written into program.dat")
                .contains(io.jenkins.plugins.modelarts.jenkins.connection.Connection.class, ProgramDat.DryContext.class)
                .noneMatch(StepContext.class::isAssignableFrom)
                .noneMatch(PersistedGraph::isRiskyRecord);

        StepExecution read = ProgramDat.read(written, StepExecution.class, context);

        assertThat(read).isNotSameAs(execution).hasSameClassAs(execution);
        assertThat(PersistedGraph.stateOf(read)).as("persisted state after program.dat").isEqualTo(before);
        assertThat(read.getContext()).isSameAs(context);
        @SuppressWarnings("unchecked")
        T typed = (T) read;
        return typed;
    }

    /** A {@code modelartsTrain} step with a complete v1 definition (the emulator's bucket paths). */
    public static TrainStep trainStep() {
        TrainStep step = new TrainStep();
        step.setSpecId(1L);
        step.setEngineId(1L);
        step.setWorkerServerNum(1);
        step.setAppUrl("/bucket/src/");
        step.setBootFileUrl("/bucket/src/train.py");
        step.setDataUrl("/bucket/data/");
        step.setTrainUrl("/bucket/out/");
        step.setLogUrl("/bucket/log/");
        return step;
    }

    /** A v1 job created in the harness' emulator as {@code modelartsTrain} creates one; its id and version. */
    public static Map<String, Object> createJob(StepHarness h) throws Exception {
        TrainStep step = trainStep();
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);
        return value;
    }

    public static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }
}
