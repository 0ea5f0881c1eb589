package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop a training job (v1: stop the version; v2: terminate). Stopping is asynchronous:",
            "add --wait to wait until the job has ended."})
final class StopCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--wait", description = "Wait until the job has ended; exit 0 once it is stopped (or had already ended).")
    boolean waitForEnd;

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    @Override
    public Integer call() throws InterruptedException {
        JobRef ref = target.ref();
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobRef resolved = jobs.resolve(ref);
            jobs.stop(resolved);
            root.context().err().println("Asked ModelArts to stop " + resolved);
            if (!waitForEnd) {
                return ExitCodes.OK;
            }
            int code = WaitCommand.waitAndReport(root, jobs, resolved, waitFlags);
            return code == ExitCodes.JOB_FAILED ? ExitCodes.OK : code;
        }
    }
}
