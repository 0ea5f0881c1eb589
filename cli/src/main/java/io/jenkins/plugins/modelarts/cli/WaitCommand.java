package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.poll.JobPoller;
import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.core.poll.PollingWaiter;
import io.jenkins.plugins.modelarts.core.poll.Watch;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "wait", description = {"Wait until training jobs end.",
            "Exit 0 if all completed, 1 if one failed or was stopped, 4 on timeout.",
            "One JOB is read directly (its full detail, every failed read reported); several JOBs share one poller that",
            "reads them all with a few list calls per interval, however many there are.",
            "Progress goes to stderr; the final job(s) (with --output json, the API objects) to stdout."})
final class WaitCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Parameters(arity = "1..*", paramLabel = "JOB", description = "v1 job ids (digits) or v2 training job ids (UUIDs).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--job-version", paramLabel = "V", description = "v1 version id, with a single JOB (default: the newest version).")
    Long version;

    /** The old spelling of {@code --job-version}, still accepted (see {@link JobArgument}). */
    @Option(names = "--version", paramLabel = "V", hidden = true)
    void legacyVersion(Long v) {
        version = v;
    }

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    @Override
    public Integer call() throws InterruptedException {
        if (jobs.size() > 1 && version != null) {
            throw new UsageException("--job-version goes with a single JOB; for several, wait for their newest versions");
        }
        List<JobRef> refs = new ArrayList<>();
        for (String job : jobs) {
            refs.add(JobRef.parse(job, jobs.size() == 1 ? version : null));
        }
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs trainingJobs = new TrainingJobs(client);
            return refs.size() == 1
                    ? waitAndReport(root, trainingJobs, refs.get(0), waitFlags)
                    : waitForAll(trainingJobs, refs);
        }
    }

    /** Shared by {@code wait}, {@code train --wait} and {@code stop --wait}. */
    static int waitAndReport(ModelArtsCommand root, TrainingJobs jobs, JobRef ref, WaitFlags flags)
            throws InterruptedException {
        WaitOptions options = flags.toOptions();
        return waitAndReport(root, jobs, ref, flags,
                options.timeout() == null ? null : Deadline.after(options.timeout(), root.context().clock()));
    }

    /** As above, ending by {@code deadline} (set when the command's timeout started before the wait). */
    static int waitAndReport(ModelArtsCommand root, TrainingJobs jobs, JobRef ref, WaitFlags flags, Deadline deadline)
            throws InterruptedException {
        CliContext ctx = root.context();
        JobWaiter waiter = new JobWaiter(jobs, ctx.clock(), ctx.sleeper());
        JobSnapshot last;
        try (InterruptNotice notice = InterruptNotice.whileWaitingFor(ref, ctx.err())) {
            last = waiter.await(ref, flags.toOptions(), new WaitProgress(ctx.err(), ctx.clock(), ""), deadline);
        }
        JobReport.print(root.output(), last);
        return JobReport.exitCode(last);
    }

    private int waitForAll(TrainingJobs trainingJobs, List<JobRef> refs) throws InterruptedException {
        CliContext ctx = root.context();
        WaitProgress progress = new WaitProgress(ctx.err(), ctx.clock(), "");
        waitFlags.toOptions(); // the same checks as a single wait
        PollerSettings settings = PollerSettings.defaults().withIntervals(waitFlags.pollInterval, waitFlags.pollInterval);
        JobPoller poller = new JobPoller(ctx.clock(), settings, new Random());
        List<Watch> watches = new ArrayList<>();
        for (JobRef ref : refs) {
            watches.add(poller.watch(trainingJobs.client(), trainingJobs.resolve(ref), s -> progress.stateChanged(null, s)));
        }
        Sleeper withHeartbeat = pause -> {
            ctx.sleeper().sleep(pause);
            progress.heartbeatIfDue(() -> stillRunning(watches));
        };
        List<Watch> unfinished;
        try (InterruptNotice notice = InterruptNotice.whileWaitingFor(refs, ctx.err())) {
            unfinished = new PollingWaiter(poller, settings.tickPeriod(), ctx.clock(), withHeartbeat)
                    .awaitAll(watches, waitFlags.timeLimit());
        }
        if (!unfinished.isEmpty() && !waitFlags.keepRunningOnTimeout) {
            for (Watch w : unfinished) {
                trainingJobs.stop(w.ref());
                ctx.err().println("Timed out: asked ModelArts to stop " + w.ref());
            }
        }
        return report(trainingJobs, watches, unfinished);
    }

    private static String stillRunning(List<Watch> watches) {
        List<String> pending = new ArrayList<>();
        for (Watch w : watches) {
            if (!w.isDone()) {
                pending.add(w.ref() + " (" + w.lastState() + ")");
            }
        }
        return pending.size() + " of " + watches.size() + " jobs: " + ConsoleText.safe(String.join(", ", pending));
    }

    private int report(TrainingJobs trainingJobs, List<Watch> watches, List<Watch> unfinished) {
        Output out = root.output();
        List<Object> details = new ArrayList<>();
        int code = ExitCodes.OK;
        for (Watch w : watches) {
            if (unfinished.contains(w)) {
                out.line(w.ref() + " had not ended (last state " + w.lastState() + ")");
                code = Math.max(code, ExitCodes.TIMEOUT);
                continue;
            }
            try {
                JobSnapshot last = trainingJobs.read(w.result().join().ref());
                details.add(last.detail());
                out.line(last.ref() + " " + (last.state() == JobState.COMPLETED ? "completed" : "ended " + last.state())
                        + " (" + last.statusName() + ")");
                code = Math.max(code, JobReport.exitCode(last));
            } catch (CompletionException e) {
                String why = e.getCause() instanceof ModelArtsException m ? m.getMessage() : String.valueOf(e.getCause());
                out.line(w.ref() + " could not be read: " + why);
                code = Math.max(code, ExitCodes.API_ERROR);
            }
        }
        out.object(details);
        return code;
    }
}
