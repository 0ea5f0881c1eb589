package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "job", description = {"Show one training job's details.",
            "v2 job details for a UUID, or a v1 job version's details (with metrics) for a numeric id."})
final class JobCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Override
    public Integer call() {
        JobRef ref = target.ref();
        try (ModelArtsClient client = root.connect()) {
            JobSnapshot snapshot = new TrainingJobs(client).read(ref);
            Output out = root.output();
            out.object(snapshot.detail());
            if (snapshot.detail() instanceof TrainingJob job) {
                printV2(out, snapshot, job);
            } else {
                printV1(out, snapshot, (TrainingJobVersion) snapshot.detail());
            }
            return ExitCodes.OK;
        }
    }

    private static void printV2(Output out, JobSnapshot snapshot, TrainingJob job) {
        out.line("Job:         " + job.metadata().name() + " (" + job.metadata().id() + ")");
        out.line("Kind:        " + job.kind());
        out.line("Status:      " + snapshot.statusName()
                + (job.status() != null && job.status().secondaryPhase() != null ? " / " + job.status().secondaryPhase() : "")
                + " -> " + snapshot.state());
        out.line("Created:     " + Times.utc(job.metadata().createTime()));
        out.line("Duration:    " + Durations.humanMillis(snapshot.durationMillis()));
        if (job.status() != null && job.status().tasks() != null) {
            out.line("Tasks:       " + String.join(", ", job.status().tasks()));
        }
        JobFailure.of(job).ifPresent(f -> f.tasks().forEach(t -> out.line("Failed task: " + t.describe())));
    }

    private static void printV1(Output out, JobSnapshot snapshot, TrainingJobVersion v) {
        out.line("Job:         " + v.jobName() + " (" + snapshot.ref() + ", " + v.versionName() + ")");
        out.line("Status:      " + snapshot.statusName() + " -> " + snapshot.state());
        out.line("Created:     " + Times.utc(v.createTime()));
        out.line("Duration:    " + Durations.humanMillis(v.duration()));
        out.line("Engine:      " + (v.engineName() == null ? "-" : v.engineName() + " " + v.engineVersion()));
        out.line("Workers:     " + v.workerServerNum() + (v.specId() == null ? "" : ", spec " + v.specId()));
        out.line("Output:      " + (v.trainUrl() == null ? "-" : v.trainUrl()));
        out.line("Logs:        " + (v.logUrl() == null ? "-" : v.logUrl()));
        JobReport.printMetrics(out, v);
    }
}
