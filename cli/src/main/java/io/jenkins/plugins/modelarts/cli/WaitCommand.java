package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "wait", mixinStandardHelpOptions = true,
        description = {"Wait until a training job ends; exit 0 if it completed, 1 if it failed or was stopped, 4 on timeout.",
            "Progress goes to stderr; the final job (with --output json, the API object) to stdout."})
final class WaitCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    JobArgument target = new JobArgument();

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    @Override
    public Integer call() throws InterruptedException {
        JobRef ref = target.ref();
        try (ModelArtsClient client = root.connect()) {
            return waitAndReport(root, new TrainingJobs(client), ref, waitFlags);
        }
    }

    /** Shared by {@code wait}, {@code train --wait} and {@code stop --wait}. */
    static int waitAndReport(ModelArtsCommand root, TrainingJobs jobs, JobRef ref, WaitFlags flags)
            throws InterruptedException {
        CliContext ctx = root.context();
        JobWaiter waiter = new JobWaiter(jobs, ctx.clock(), ctx.sleeper());
        JobSnapshot last = waiter.await(ref, flags.toOptions(), new WaitProgress(ctx.err(), ctx.clock(), ""));
        JobReport.print(root.output(), last);
        return JobReport.exitCode(last);
    }
}
