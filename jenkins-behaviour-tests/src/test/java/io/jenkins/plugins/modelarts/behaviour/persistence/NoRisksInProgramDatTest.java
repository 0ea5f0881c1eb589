package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.jenkins.steps.JobWaitExecution;
import io.jenkins.plugins.modelarts.jenkins.steps.ModelArtsExecution;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainExecution;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;

/**
 * What every execution of the plugin can put into program.dat, by the declared types of its persisted fields:
 * no record River 2.2.x cannot write (non-public or nested), nothing live. Guards against a future field.
 */
class NoRisksInProgramDatTest {
    static final String STEPS = "io.jenkins.plugins.modelarts.jenkins.steps.";

    static List<Class<?>> executionClasses() throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>(List.of(JobWaitExecution.class, TrainExecution.class));
        for (String step : List.of("GateStep", "JobStep", "StopJobStep", "VersionsStep", "JobsStep", "LogsStep")) {
            classes.add(Class.forName(STEPS + step + "$Execution"));
        }
        return classes;
    }

    @Test
    void everyExecutionOfThePluginIsKnownHere() throws Exception {
        assertThat(executionClasses()).allMatch(ModelArtsExecution.class::isAssignableFrom)
                .allMatch(StepExecution.class::isAssignableFrom);
    }

    @Test
    void noClassReachableFromTheExecutionsIsARecordRiverCannotWrite() throws Exception {
        for (Class<?> execution : executionClasses()) {
            Set<Class<?>> reachable = PersistedGraph.declaredTypesReachableFrom(execution);

            assertThat(reachable).as("persisted types of " + execution.getName())
                    .noneMatch(PersistedGraph::isRiskyRecord)
                    .noneMatch(c -> c.getName().startsWith("hudson.model.Run") || c.getName().equals("hudson.util.Secret")
                            || c.getName().equals("hudson.model.TaskListener")
                            || c.getName().startsWith("io.jenkins.plugins.modelarts.client.ModelArtsClient"));
        }
    }

    @Test
    void theRecordsTheExecutionsDoHoldArePublicTopLevelAndWriteAPlainReplacement() throws Exception {
        for (Class<?> execution : executionClasses()) {
            for (Class<?> c : PersistedGraph.declaredTypesReachableFrom(execution)) {
                if (c.isRecord()) {
                    assertThat(c.getDeclaredMethod("writeReplace")).as(c.getName() + ".writeReplace").isNotNull();
                }
            }
        }
    }
}
