package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.LogFileNames;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.model.V1Status;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", description = {"Run the whole flow on the embedded emulator; needs no configuration or network.",
            "Creates a v1 training job, waits for it with progress output, prints its versions, metrics and log,",
            "then creates a v2 job and stops it while it runs. Exits 0 when both went as expected."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "500ms",
            description = "Time between status reads (default ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Override
    public Integer call() throws InterruptedException {
        // with -o json the story goes to stderr and stdout gets one JSON document: the outcome
        PrintWriter out = root.options().json() ? root.context().err() : root.context().out();
        out.println("ModelArts demo on the embedded emulator");
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).build().start();
                ModelArtsClient client = connect(emulator)) {
            step(out, "Started the emulator at " + emulator.baseUrl() + " (project " + emulator.projectId()
                    + "; every request is AK/SK-signed, as against the cloud)");
            TrainingJobs jobs = new TrainingJobs(client);
            JobWaiter waiter = new JobWaiter(jobs, root.context().clock(), root.context().sleeper());
            WaitOptions options = WaitOptions.defaults().withPollInterval(pollInterval).withTimeout(Duration.ofMinutes(2));
            boolean trained = train(out, jobs, waiter, options);
            boolean stopped = stopWhileRunning(out, jobs, waiter, options);
            step(out, trained && stopped ? "Done: the demo ran as expected." : "The demo did not go as expected.");
            out.println("Next: `./modelarts emulator` starts a local ModelArts to try each command against; see docs/cli.md.");
            root.output().object(Map.of("trained", trained, "stopped_while_running", stopped, "ok", trained && stopped));
            return trained && stopped ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        }
    }

    private boolean train(PrintWriter out, TrainingJobs jobs, JobWaiter waiter, WaitOptions options)
            throws InterruptedException {
        JobSpec spec = JobSpecLoader.parse("demo spec train-v1.json", resource("/demo/train-v1.json"));
        step(out, "Creating v1 training job '" + spec.jobName() + "' (the seed-000 create body)");
        JobSnapshot created = jobs.submit(spec);
        out.println("    created " + created.ref() + ", status " + created.statusName());
        step(out, "Waiting for it, reading its status every " + Durations.human(options.pollInterval()));
        JobSnapshot last = waiter.await(created.ref(), options, new WaitProgress(out, root.context().clock(), "    "));
        Output text = new Output(out, false);
        JobReport.print(text, last);
        step(out, "Versions of job " + created.ref().jobId());
        TextTable table = new TextTable("VERSION_ID", "NAME", "STATUS", "DURATION");
        for (TrainingJobVersion v : jobs.client().jobsV1().allVersions(created.ref().v1JobId())) {
            table.row(v.versionId(), v.versionName(), new V1Status(v.status()), Durations.humanMillis(v.duration()));
        }
        text.table(table);
        printLogTail(out, jobs, created.ref());
        return last.state() == JobState.COMPLETED;
    }

    private void printLogTail(PrintWriter out, TrainingJobs jobs, JobRef ref) {
        LogFileNames files = jobs.client().jobsV1().logFileNames(ref.v1JobId(), ref.versionId());
        for (String file : files.logFileList()) {
            step(out, "Last lines of log file " + file);
            LogLines lines = jobs.client().jobsV1().logLines(ref.v1JobId(), ref.versionId(), file, 5, null, "desc");
            for (String line : String.valueOf(lines.content()).split("\n")) {
                out.println("    " + ConsoleText.safeLogLine(line));
            }
        }
    }

    private boolean stopWhileRunning(PrintWriter out, TrainingJobs jobs, JobWaiter waiter, WaitOptions options)
            throws InterruptedException {
        JobSpec spec = JobSpecLoader.parse("demo spec train-v2.json", resource("/demo/train-v2.json"));
        step(out, "Creating v2 training job '" + spec.jobName() + "', a long one");
        JobSnapshot created = jobs.submit(spec);
        out.println("    created " + created.ref() + ", phase " + created.statusName());
        JobSnapshot running = created;
        for (int i = 0; i < 20 && running.state() != JobState.RUNNING; i++) {
            root.context().sleeper().sleep(options.pollInterval());
            running = jobs.read(created.ref());
            out.println("    phase " + running.statusName());
        }
        step(out, "Stopping it while it runs (v2 terminate), then waiting until it has ended");
        jobs.stop(created.ref());
        JobSnapshot last = waiter.await(created.ref(), options, new WaitProgress(out, root.context().clock(), "    "));
        out.println("    " + last.ref() + " ended " + last.statusName());
        return last.state() == JobState.STOPPED;
    }

    private static ModelArtsClient connect(ModelArtsEmulator emulator) {
        return ModelArtsClient.builder()
                .endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .build();
    }

    private static void step(PrintWriter out, String text) {
        out.println("==> " + ConsoleText.safe(text));
        out.flush();
    }

    private static String resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
