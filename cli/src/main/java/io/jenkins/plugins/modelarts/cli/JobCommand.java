package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.replay.JobRecorder;
import io.jenkins.plugins.modelarts.core.replay.JobRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "job", description = {"Show one training job's details.",
            "v2 job details for a UUID, or a v1 job version's details (with metrics) for a numeric id.",
            "With --record FILE the ended job is written into FILE instead, as a fixture that `modelarts emulator --replay FILE`"
                + " replays (no credentials, project id or endpoint in it)."})
final class JobCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--record", paramLabel = "FILE",
            description = {"Write the ended job into FILE as a replay fixture: API, name, final state, running time and time queued,"
                + " v1 model and system metric lists, a failed v2 job's message, and the last lines of its first worker's log"
                + " (emulator/README.md). A job that has not ended is refused (exit 2)."})
    Path record;

    @Option(names = "--record-log-lines", paramLabel = "N",
            description = "With --record: keep the last N lines of the log, 0 (no log read) to 100000 (default "
                + JobRecorder.DEFAULT_LOG_LINES + ").")
    Integer recordLogLines;

    @Override
    public Integer call() {
        JobRef ref = target.ref();
        if (recordLogLines != null && record == null) {
            throw new UsageException("--record-log-lines is for --record FILE, which is not given");
        }
        int logLines = recordLogLines == null ? JobRecorder.DEFAULT_LOG_LINES : recordLogLines;
        if (logLines < 0 || logLines > JobRecorder.MAX_LOG_LINES) {
            throw new UsageException("--record-log-lines must be 0-" + JobRecorder.MAX_LOG_LINES + ", got " + logLines);
        }
        try (ModelArtsClient client = root.connect()) {
            if (record != null) {
                return record(client, ref, logLines);
            }
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

    private int record(ModelArtsClient client, JobRef ref, int logLines) {
        ConnectionSettings settings = new ConnectionSettings(root.options(), root.context());
        JobRecording recording = new JobRecorder(new TrainingJobs(client), root.context().clock(), settings.sensitiveValues())
                .record(ref, logLines);
        try {
            Path parent = record.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(record, Output.toJson(recording.fixture()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + record + ": " + e.getMessage(), e);
        }
        Output out = root.output();
        out.object(recording.fixture());
        out.line("Recorded " + recording.snapshot().ref() + " (" + recording.fixture().path("job_name").asText() + ", "
                + recording.snapshot().statusName() + ", " + recording.logLines() + " log lines"
                + (recording.logTruncated() ? ", the last " + logLines + " of a longer log" : "") + ") into " + record);
        return ExitCodes.OK;
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
