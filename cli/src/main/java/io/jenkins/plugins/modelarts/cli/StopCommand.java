package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.StopOutcome;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stop", description = {"Stop a training job (v1: stop the version; v2: terminate).",
            "Stopping is asynchronous: add --wait to wait until the job has ended. A job that has already ended",
            "is not an error: the command says so and exits 0."})
final class StopCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--wait", description = "Wait until the job has ended; exit 0 once it is stopped (or had already ended).")
    boolean waitForEnd;

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    @Override
    public Integer call() throws InterruptedException {
        JobRef ref = target.ref();
        if (waitForEnd) {
            waitFlags.toOptions(); // bad wait flags are refused before anything is stopped
        }
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs jobs = new TrainingJobs(client);
            StopOutcome outcome = jobs.stopUnlessEnded(ref);
            root.context().err().println(ConsoleText.safe(outcome.describe()));
            if (!waitForEnd || outcome.alreadyEnded()) {
                if (waitForEnd) {
                    JobReport.print(root.output(), outcome.job());
                } else {
                    root.output().object(outcome.job().detail());
                }
                return ExitCodes.OK;
            }
            int code = WaitCommand.waitAndReport(root, jobs, outcome.job().ref(), waitFlags);
            return code == ExitCodes.JOB_FAILED ? ExitCodes.OK : code;
        }
    }
}
