package io.jenkins.plugins.modelarts.jenkins.freestyle;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.cache.Reused;
import io.jenkins.plugins.modelarts.core.cache.TrainingCache;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.Submission;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.job.WaitListener;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.core.job.WaitTimeoutException;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import io.jenkins.plugins.modelarts.core.logs.LogTail;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainPreflight;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainingDefinition;
import io.jenkins.plugins.modelarts.jenkins.wait.JobCompletion;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The freestyle training run: submit, wait on the build's own executor thread (a freestyle build
 * holds one anyway), complete. An abort interrupts the wait; the remote job is then stopped unless
 * told not to, and the interruption goes on to end the build as aborted.
 */
final class FreestyleTraining {
    private final ModelArtsRuntime runtime;
    private final Connection connection;
    private final Run<?, ?> run;
    private final TaskListener listener;

    FreestyleTraining(ModelArtsRuntime runtime, Connection connection, Run<?, ?> run, TaskListener listener) {
        this.runtime = runtime;
        this.connection = connection;
        this.run = run;
        this.listener = listener;
    }

    void run(TrainingDefinition definition, String name, boolean wait, WaitSettings settings)
            throws IOException, InterruptedException {
        try (ClientLease lease = runtime.clients().lease(connection, run)) {
            run(lease.client(), definition, name, wait, settings);
        }
    }

    private void run(ModelArtsClient client, TrainingDefinition definition, String name, boolean wait, WaitSettings settings)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        TrainingJobs jobs = new TrainingJobs(client);
        JobSnapshot created;
        try {
            log.println("Creating ModelArts training job " + name + " on " + connection.describe());
            TrainingCache.Lookup lookup = definition.cacheLookup(jobs, definition.toSpec(name, client), runtime.clock(), log);
            if (!lookup.isReused() && definition.runsPreflight(false)) {
                PreflightReport report = TrainPreflight.run(runtime.clients(), connection, run, client, lookup.toCreate(), log);
                if (report.hasMissing()) {
                    throw TrainPreflight.refusal(report, name, false);
                }
            }
            created = lookup.isReused() ? reused(log, lookup.reused()) : created(log, jobs.submission(lookup.toCreate()), name);
        } catch (ModelArtsException | IllegalArgumentException e) {
            throw new AbortException("Could not create ModelArts training job " + name + ": " + ConsoleText.errorMessage(e));
        }
        if (!wait) {
            return;
        }
        JobSnapshot ended = await(jobs, created.ref(), settings);
        JobCompletion.Verdict verdict = JobCompletion.of(run, listener, client, runtime.clients(), connection,
                runtime.artifacts()).complete(ended, settings);
        if (verdict.result() != null) {
            run.setResult(verdict.result());
        }
        if (verdict.failed()) {
            throw JobCompletion.failure(verdict);
        }
    }


    private JobSnapshot await(TrainingJobs jobs, JobRef ref, WaitSettings settings) throws InterruptedException, AbortException {
        WaitOptions options = WaitOptions.defaults().withStopOnTimeout(settings.stopJob()).withTimeout(settings.timeout());
        if (settings.pollInterval() != null) {
            options = options.withPollInterval(settings.pollInterval());
        }
        PrintStream log = listener.getLogger();
        LogFollower logs = new LogFollower(jobs, settings, log);
        WaitListener progress = new WaitListener() {
            @Override
            public void stateChanged(JobSnapshot previous, JobSnapshot current) {
                log.println("ModelArts " + current.ref() + ": " + current.state() + " (" + current.statusName() + ")"
                        + (current.durationMillis() == null ? "" : ", " + Durations.humanMillis(current.durationMillis())));
            }

            @Override
            public void polled(JobSnapshot snapshot) {
                logs.follow(snapshot);
            }
        };
        try {
            return new JobWaiter(jobs).await(ref, options, progress);
        } catch (WaitTimeoutException e) {
            throw new AbortException(ConsoleText.errorMessage(e));
        } catch (ModelArtsException e) {
            throw new AbortException("Lost track of ModelArts " + ref + ": " + ConsoleText.errorMessage(e));
        } catch (InterruptedException e) {
            if (settings.stopJob()) {
                try {
                    jobs.stop(ref);
                    log.println("Stopped ModelArts " + ref + " (the build was aborted)");
                } catch (ModelArtsException stopFailure) {
                    log.println("Could not stop ModelArts " + ref + ": " + ConsoleText.errorMessage(stopFailure));
                }
            } else {
                log.println("ModelArts " + ref + " keeps running (stopOnAbort: false)");
            }
            throw e;
        }
    }

    /** Prints new log lines after each status read, up to the cap; reading the log never fails the build. */
    private static JobSnapshot reused(PrintStream log, Reused reused) {
        log.println(reused.message());
        return reused.snapshot();
    }

    private static JobSnapshot created(PrintStream log, Submission submission, String name) {
        JobSnapshot created = submission.snapshot();
        log.println(submission.lead("ModelArts training job " + name) + TrainingDefinition.describeCreated(created));
        return created;
    }

    private static final class LogFollower {
        private final TrainingJobs jobs;
        private final WaitSettings settings;
        private final PrintStream log;
        private LogCursor cursor = LogCursor.start();
        private int shown;

        LogFollower(TrainingJobs jobs, WaitSettings settings, PrintStream log) {
            this.jobs = jobs;
            this.settings = settings;
            this.log = log;
        }

        void follow(JobSnapshot snapshot) {
            if (!settings.streamLog() || shown >= settings.maxLogLines()) {
                return;
            }
            try {
                int max = Math.min(200, settings.maxLogLines() - shown);
                LogTail.Chunk chunk = snapshot.isTerminal()
                        ? LogTail.nextAfterEnd(jobs.client(), snapshot.ref(), cursor, max)
                        : LogTail.next(jobs.client(), snapshot.ref(), cursor, max);
                chunk.toPrint().forEach(log::println);
                cursor = chunk.cursor();
                shown += chunk.lines().size();
                if (shown >= settings.maxLogLines()) {
                    log.println("(ModelArts log streaming stopped after " + shown + " lines; the whole log is archived with the build)");
                }
            } catch (ModelArtsException e) {
                // the next status read tries again
            }
        }
    }
}
