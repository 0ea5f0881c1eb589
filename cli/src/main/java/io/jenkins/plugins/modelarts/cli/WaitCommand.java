package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.client.errors.DeadlineExceededException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
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

    /**
     * Several jobs on one poller. With {@code --timeout}, one deadline bounds everything before the
     * stops: finding each job's newest version, every poll (a slow call is cut at the deadline), and
     * the pauses between them. The stops and the final reads then get {@link JobWaiter#STOP_GRACE}
     * more, as a single job's wait gives its stop.
     */
    private int waitForAll(TrainingJobs trainingJobs, List<JobRef> refs) throws InterruptedException {
        CliContext ctx = root.context();
        Deadline deadline = waitFlags.timeLimit() == null ? null : Deadline.after(waitFlags.timeLimit(), ctx.clock());
        TrainingJobs bounded = deadline == null ? trainingJobs : trainingJobs.withDeadline(deadline);
        WaitProgress progress = new WaitProgress(ctx.err(), ctx.clock(), "");
        waitFlags.toOptions(); // the same checks as a single wait
        PollerSettings settings = PollerSettings.defaults().withIntervals(waitFlags.pollInterval, waitFlags.pollInterval);
        JobPoller poller = new JobPoller(ctx.clock(), settings, new Random());
        List<Watch> watches = new ArrayList<>();
        List<JobRef> notFound = new ArrayList<>();
        for (JobRef ref : refs) {
            if (!notFound.isEmpty()) {
                notFound.add(ref);
                continue;
            }
            try {
                watches.add(poller.watch(bounded.client(), bounded.resolve(ref), s -> progress.stateChanged(null, s)));
            } catch (DeadlineExceededException e) {
                notFound.add(ref); // out of time: this job and the rest are reported as not ended
            }
        }
        Sleeper withHeartbeat = pause -> {
            ctx.sleeper().sleep(pause);
            progress.heartbeatIfDue(() -> stillRunning(watches));
        };
        List<Watch> unfinished;
        try (InterruptNotice notice = InterruptNotice.whileWaitingFor(refs, ctx.err())) {
            unfinished = new ArrayList<>(new PollingWaiter(poller, settings.tickPeriod(), ctx.clock(), withHeartbeat)
                    .awaitAll(watches, deadline == null ? null : deadline.remaining()));
        }
        watches.stream().filter(w -> !unfinished.contains(w) && cutByTheDeadline(w)).forEach(unfinished::add);
        TrainingJobs afterTimeout = deadline == null ? trainingJobs
                : trainingJobs.withDeadline(Deadline.after(JobWaiter.STOP_GRACE, ctx.clock()));
        if (!unfinished.isEmpty() && !waitFlags.keepRunningOnTimeout) {
            for (Watch w : unfinished) {
                try {
                    afterTimeout.stop(w.ref());
                    ctx.err().println("Timed out: asked ModelArts to stop " + w.ref());
                } catch (ModelArtsException e) {
                    ctx.err().println("Timed out: could not stop " + w.ref() + ": " + ConsoleText.errorMessage(e));
                }
            }
        }
        for (JobRef ref : notFound) {
            ctx.err().println("Timed out before " + ref + " was read; it was not stopped");
        }
        int code = report(afterTimeout, watches, unfinished);
        for (JobRef ref : notFound) {
            root.output().line(ref + " had not ended (not read before the timeout)");
            code = Math.max(code, ExitCodes.TIMEOUT);
        }
        return code;
    }

    /** A watch ended by the deadline cutting its last poll: the job had not ended when time ran out. */
    private static boolean cutByTheDeadline(Watch w) {
        if (!w.result().isCompletedExceptionally()) {
            return false;
        }
        try {
            w.result().join();
            return false;
        } catch (CompletionException e) {
            return e.getCause() instanceof DeadlineExceededException;
        } catch (java.util.concurrent.CancellationException e) {
            return false;
        }
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
                JobReport.printFailure(out, last);
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
