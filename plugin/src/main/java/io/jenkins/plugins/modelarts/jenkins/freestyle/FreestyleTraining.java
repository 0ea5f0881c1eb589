package io.jenkins.plugins.modelarts.jenkins.freestyle;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.job.WaitListener;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.core.job.WaitTimeoutException;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
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
        PrintStream log = listener.getLogger();
        ModelArtsClient client = runtime.clients().client(connection, run);
        TrainingJobs jobs = new TrainingJobs(client);
        JobSnapshot created;
        try {
            log.println("Creating ModelArts training job " + name + " on " + connection.describe());
            created = jobs.submit(definition.toSpec(name, client));
        } catch (ModelArtsException | IllegalArgumentException e) {
            throw new AbortException("Could not create ModelArts training job " + name + ": " + e.getMessage());
        }
        log.println("Created ModelArts training job " + name + ": " + created.ref() + " (" + created.statusName() + ")");
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
        WaitListener progress = new WaitListener() {
            @Override
            public void stateChanged(JobSnapshot previous, JobSnapshot current) {
                log.println("ModelArts " + current.ref() + ": " + current.statusName()
                        + (current.durationMillis() == null ? "" : " (" + Durations.humanMillis(current.durationMillis()) + ")"));
            }
        };
        try {
            return new JobWaiter(jobs).await(ref, options, progress);
        } catch (WaitTimeoutException e) {
            throw new AbortException(e.getMessage());
        } catch (ModelArtsException e) {
            throw new AbortException("Lost track of ModelArts " + ref + ": " + e.getMessage());
        } catch (InterruptedException e) {
            if (settings.stopJob()) {
                try {
                    jobs.stop(ref);
                    log.println("Stopped ModelArts " + ref + " (the build was aborted)");
                } catch (ModelArtsException stopFailure) {
                    log.println("Could not stop ModelArts " + ref + ": " + stopFailure.getMessage());
                }
            } else {
                log.println("ModelArts " + ref + " keeps running (stopOnAbort: false)");
            }
            throw e;
        }
    }
}
