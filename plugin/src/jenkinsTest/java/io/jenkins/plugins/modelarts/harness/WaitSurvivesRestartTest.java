package io.jenkins.plugins.modelarts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * Real Jenkins (profile {@code -Pjenkins}): train-and-wait end to end on the embedded emulator, and a
 * wait resumed after a controller restart. The embedded emulator keeps its jobs in memory, so after the
 * restart the job is gone: the resumed step must register the same job again (not submit a new one)
 * and then report it as lost with a clear message.
 */
class WaitSurvivesRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void trainAndWaitCompletesWithReportOnTheEmbeddedEmulator() throws Throwable {
        sessions.then(j -> {
            ModelArtsGlobalConfiguration.get().setUseEmulator(true);
            WorkflowJob p = j.createProject(WorkflowJob.class, "train");
            p.setDefinition(new CpsFlowDefinition(
                    "def job = modelartsTrain(specId: 1, engineId: 1, workerServerNum: 1,"
                            + " appUrl: '/bucket/src/', bootFileUrl: '/bucket/src/train.py', dataUrl: '/bucket/data/',"
                            + " trainUrl: '/bucket/out/', logUrl: '/bucket/log/', parameters: [emulator_status_reads: '1'],"
                            + " pollInterval: 5, wait: true)\n"
                            + "echo \"ended ${job.status} accuracy ${job.metrics.accuracy}\"", true));
            WorkflowRun b = j.buildAndAssertSuccess(p);
            j.assertLogContains("Created ModelArts training job train-1", b);
            assertThat(b.getAction(ModelArtsBuildAction.class).getRecords()).hasSize(1);
        });
    }

    @Test
    void aWaitingStepResumesAfterRestartWithoutSubmittingAgain() throws Throwable {
        sessions.then(j -> {
            ModelArtsGlobalConfiguration.get().setUseEmulator(true);
            WorkflowJob p = j.createProject(WorkflowJob.class, "resume");
            p.setDefinition(new CpsFlowDefinition(
                    "modelartsTrain(specId: 1, engineId: 1, workerServerNum: 1, appUrl: '/b/src/',"
                            + " bootFileUrl: '/b/src/t.py', dataUrl: '/b/data/', trainUrl: '/b/out/',"
                            + " parameters: [emulator_run_seconds: '3600'], pollInterval: 5, wait: true)", true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Created ModelArts training job", b);
        });
        sessions.then(j -> {
            WorkflowRun b = j.jenkins.getItemByFullName("resume", WorkflowJob.class).getBuildByNumber(1);
            j.waitForMessage("Resuming the wait for ModelArts", b);
            j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(b));
            String log = JenkinsRule.getLog(b);
            assertThat(log.split("Creating ModelArts training job resume-1", -1)).hasSize(2); // once, before the restart
            j.assertLogContains("Lost track of ModelArts", b);
        });
    }
}
