package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.poll.StateListener;
import io.jenkins.plugins.modelarts.core.poll.Watch;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.JobCompletion;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Waits for a training job without holding an executor: {@link #start()} returns at once; the job is
 * registered with the controller's shared poller, its log is tailed on a worker thread, and when it
 * ends {@link JobCompletion} publishes the evidence and decides the outcome.
 *
 * <p>Persisted (in the build's {@code program.dat}): the connection's names, the job reference, the
 * deadline, the log cursor, the settings, and a stop under way (its cause). After a controller
 * restart {@link #onResume()} registers the same job again, or, when the step was stopping, sends the
 * stop again and ends the step; nothing is submitted twice. {@link #stop} (abort, or an enclosing
 * {@code timeout}) and the step's own timeout stop the remote job unless told not to and end the step
 * within the runtime's stop grace (20 seconds) even if ModelArts does not answer; the timeout and the
 * grace run on the runtime's timer thread, so busy I/O threads cannot delay them. The timeout runs
 * from the step's start, so it covers a train step's create too; a create still in flight when the
 * step is stopped is let finish (it has its own call deadlines) and its job is stopped as soon as it
 * is known, even if the grace has ended the step by then.
 */
public class JobWaitExecution extends ModelArtsExecution {
    private static final long serialVersionUID = 1L;

    protected final WaitSettings settings;
    /** The job waited for; null only while a train step has not submitted yet. */
    protected volatile JobRef ref;
    /** Epoch millis after which the wait times out; 0 for none. Set when the step starts. */
    private long deadlineMillis;
    private final LogStream logStream;

    /** A stop under way (abort or timeout): persisted, so a restart finishes it rather than waiting again. */
    private volatile boolean stopping;
    /** What the step ends with once the stop is done (the abort's cause, or the timeout's message). */
    private volatile Throwable stopCause;
    /** Why the job is stopped, for the console: "the build was aborted", "timeout". */
    private volatile String stopReason;

    private transient volatile String lastStatus;
    /** Whether this run of the step has sent its stop request (an abort during the create may reach two paths). */
    private transient boolean stopSent;
    private transient volatile ScheduledFuture<?> timeoutTask;
    /** This step's registration with the poller, released when the step ends, whatever the path. */
    private transient Watch watch;
    private transient StateListener stateListener;
    /** The client the watch and the log tail read through, held until the step ends. */
    private transient ClientLease watchLease;

    public JobWaitExecution(StepContext context, Connection connection, JobRef ref, WaitSettings settings) {
        super(context, connection);
        this.ref = ref;
        this.settings = settings;
        this.logStream = new LogStream(settings.streamLog(), settings.maxLogLines());
    }

    @Override
    public boolean start() {
        if (settings.timeout() != null) {
            deadlineMillis = runtime().clock().millis() + settings.timeout().toMillis();
        }
        log().println(startMessage());
        armTimeout();
        inBackground(this::prepareAndWatch);
        return false;
    }

    /** What the console says when the step starts (no I/O has happened yet). */
    protected String startMessage() {
        return "Waiting for ModelArts " + ref + " on " + connection.describe() + " (no executor is held while waiting)";
    }

    @Override
    public void onResume() {
        if (isFinished()) {
            return;
        }
        if (stopping) {
            resumeStopping();
            return;
        }
        log().println("Resuming the wait for ModelArts " + (ref == null ? "job" : ref) + " after a Jenkins restart");
        armTimeout();
        inBackground(this::prepareAndWatch);
    }

    /**
     * The controller stopped while this step was stopping its job: the stop request may never have
     * been sent. Send it again (stopping an ended job is harmless) and end the step as the stop would
     * have; a step still creating its job resumes the create's lookup first and stops what it finds.
     */
    private void resumeStopping() {
        log().println("Resuming the stop of ModelArts " + (ref == null ? "job" : ref) + " (" + stopReason
                + ") after a Jenkins restart");
        armGrace(stopCause);
        if (ref == null) {
            inBackground(this::prepareAndWatch);
            return;
        }
        inBackground(() -> {
            try {
                if (settings.stopJob()) {
                    try (ClientLease lease = lease()) {
                        stopRemote(lease.client(), stopReason);
                    }
                }
            } finally {
                fail(stopCause);
            }
        });
    }

    /** Background: whatever must happen before watching (a train step submits here), then watch. */
    protected void prepare(ModelArtsClient client) throws Exception {
        if (!ref.hasVersion() && ref.api() == JobRef.Api.V1) {
            ref = new TrainingJobs(client).resolve(ref);
            log().println("Waiting for the newest version: " + ref);
            getContext().saveState();
        }
    }

    private void prepareAndWatch() throws Exception {
        ClientLease lease = lease();
        if (!holdLease(lease)) {
            return;
        }
        ModelArtsClient client = lease.client();
        prepare(client);
        if (stopping) {
            // stopped while creating: stop the job now that it is known, even if the grace ended the step
            if (settings.stopJob() && ref != null) {
                stopRemote(client, stopReason + " while the job was being created");
            }
            fail(stopCause);
            return;
        }
        if (isFinished()) {
            return;
        }
        if (!waits()) {
            succeed(submittedValue(client));
            return;
        }
        watch(lease);
    }

    /** Keeps {@code lease} until the step ends; false (and the lease given back) when it has already ended. */
    private boolean holdLease(ClientLease lease) {
        ClientLease old;
        synchronized (this) {
            if (isFinished()) {
                old = lease;
            } else {
                old = watchLease;
                watchLease = lease;
            }
        }
        if (old != null) {
            old.close();
        }
        return old != lease;
    }

    /** Whether to wait once prepared; a train step without {@code wait: true} ends after submitting. */
    protected boolean waits() {
        return true;
    }

    /** The value of a step that does not wait. */
    protected Object submittedValue(ModelArtsClient client) {
        return null;
    }

    /** Registers with the shared poller and arms the timeout and the log tail. */
    protected final void watch(ClientLease lease) {
        ModelArtsClient client = lease.client();
        StateListener listener = this::onStateChange;
        Watch w = settings.pollInterval() == null
                ? runtime().poller().watch(lease.key(), client, ref, listener)
                : runtime().poller().watch(lease.key(), client, ref, listener, settings.pollInterval());
        synchronized (this) {
            watch = w;
            stateListener = listener;
        }
        if (isFinished()) { // ended (abort, grace timer) while registering: onFinished may have missed it
            releaseWatch();
            return;
        }
        w.result().whenComplete((snapshot, error) -> inBackground(() -> onEnded(snapshot, error)));
        logStream.start(this, client);
    }

    /** Stops the poller reading the job for this step (other steps waiting for the same job keep it). */
    private void releaseWatch() {
        Watch w;
        StateListener listener;
        synchronized (this) {
            w = watch;
            listener = stateListener;
            watch = null;
            stateListener = null;
        }
        if (w != null) {
            w.release(listener);
        }
    }

    private void armTimeout() {
        if (deadlineMillis <= 0 || timeoutTask != null) {
            return;
        }
        long delay = Math.max(0, deadlineMillis - runtime().clock().millis());
        timeoutTask = runtime().timer().schedule(this::onTimeout, delay, TimeUnit.MILLISECONDS);
    }

    /** Ends the step with {@code failure} after the stop grace, if the stop request has not by then. */
    private void armGrace(Throwable failure) {
        runtime().timer().schedule(() -> {
            fail(failure);
        }, runtime().stopGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onStateChange(JobSnapshot snapshot) {
        lastStatus = snapshot.statusName();
        if (!isFinished()) {
            log().println("ModelArts " + snapshot.ref() + ": " + snapshot.state() + " (" + snapshot.statusName() + ")"
                    + (snapshot.durationMillis() == null ? "" : " (" + Durations.humanMillis(snapshot.durationMillis()) + ")"));
        }
    }

    private void onEnded(JobSnapshot snapshot, Throwable error) throws Exception {
        if (isFinished() || stopping) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                return;
            }
            throw new AbortException("Lost track of ModelArts " + ref + ": " + ConsoleText.errorMessage(cause));
        }
        JobCompletion.Verdict verdict;
        try (ClientLease lease = lease()) {
            logStream.drain(this, lease.client());
            verdict = completion(lease.client()).complete(snapshot, settings);
        }
        if (verdict.result() != null) {
            getContext().setResult(verdict.result());
        }
        if (verdict.failed()) {
            fail(JobCompletion.failure(verdict));
        } else {
            succeed(endValue(verdict.value()));
        }
    }

    /** The value a waiting step ends with; subclasses add their own entries to a copy. */
    protected Object endValue(java.util.Map<String, Object> value) {
        return value;
    }

    /** Timer thread, no I/O: the stop request goes to the I/O pool, and the grace ends the step regardless. */
    private void onTimeout() {
        if (isFinished() || stopping) {
            return;
        }
        String message = "ModelArts " + (ref == null ? "job" : ref) + " did not end within " + Durations.human(settings.timeout());
        if (!settings.stopJob()) {
            fail(new AbortException(message + "; it keeps running (stopOnAbort: false)"));
            return;
        }
        AbortException failure = new AbortException(message + "; the job was stopped");
        beginStopping(failure, "timeout");
        armGrace(failure);
        if (ref == null) {
            return; // prepareAndWatch stops the job once the create has returned
        }
        inBackground(() -> {
            try (ClientLease lease = lease()) {
                stopRemote(lease.client(), "timeout");
            } finally {
                fail(failure);
            }
        });
    }

    /**
     * Abort or an enclosing {@code timeout}: stops the remote job on an I/O thread (never here, on the
     * CPS thread) and ends the step when that is done, or after the stop grace (on the timer thread).
     * While a train step is still creating its job, the job is stopped as soon as the create returns.
     */
    @Override
    public void stop(Throwable cause) {
        beginStopping(cause, "the build was aborted");
        if (!settings.stopJob()) {
            if (ref != null) {
                log().println("ModelArts " + ref + " keeps running (stopOnAbort: false)");
            }
            fail(cause);
            return;
        }
        armGrace(cause);
        if (ref == null) {
            return; // prepareAndWatch stops the job once the create has returned
        }
        inBackground(() -> {
            try (ClientLease lease = lease()) {
                stopRemote(lease.client(), "the build was aborted");
            } catch (Exception e) {
                log().println("Could not stop ModelArts " + ref + ": " + ConsoleText.errorMessage(e));
            } finally {
                fail(cause);
            }
        });
    }

    /** Whether an abort or the timeout is stopping the step (a train step creates nothing once it is). */
    protected final boolean isStopping() {
        return stopping;
    }

    /** Records (and asks Pipeline to save) that the step is stopping, so a restart finishes the stop. */
    private void beginStopping(Throwable cause, String reason) {
        stopCause = cause;
        stopReason = reason;
        stopping = true;
        getContext().saveState();
    }

    /**
     * Sends the stop (v1 version stop, v2 terminate) once, and says so; failures are reported, not thrown.
     * An abort that comes as the create answers reaches both the abort's path and the create's: only the
     * first sends. After a restart the stop is sent again (it may not have reached ModelArts).
     */
    protected final void stopRemote(ModelArtsClient client, String why) {
        synchronized (this) {
            if (stopSent) {
                return;
            }
            stopSent = true;
        }
        try {
            new TrainingJobs(client).stop(ref);
            log().println("Stopped ModelArts " + ref + " (" + why + ")");
        } catch (ModelArtsException e) {
            log().println("Could not stop ModelArts " + ref + " (" + why + "): " + ConsoleText.errorMessage(e));
        }
    }

    @Override
    protected void onFinished() {
        ScheduledFuture<?> t = timeoutTask;
        if (t != null) {
            t.cancel(false);
        }
        logStream.stop();
        releaseWatch();
        ClientLease lease;
        synchronized (this) {
            lease = watchLease;
            watchLease = null;
        }
        if (lease != null) {
            lease.close();
        }
    }

    /** Whether the shared poller still reads the job for this step (for tests). */
    synchronized boolean watching() {
        return watch != null;
    }

    /** For thread dumps and the Pipeline steps view: no network calls. */
    @Override
    public String getStatus() {
        if (ref == null) {
            return "creating a ModelArts training job";
        }
        StringBuilder s = new StringBuilder("waiting for ModelArts ").append(ref);
        String status = lastStatus;
        s.append(status == null ? " (status not read yet)" : " (last status " + status + ")");
        if (deadlineMillis > 0) {
            long left = deadlineMillis - runtime().clock().millis();
            s.append(left > 0 ? "; times out in " + Durations.human(Duration.ofMillis(left)) : "; timing out");
        }
        return s.toString();
    }

    private JobCompletion completion(ModelArtsClient client) throws java.io.IOException, InterruptedException {
        return JobCompletion.of(run(), listener(), client, runtime().clients(), connection, runtime().artifacts());
    }

    JobRef ref() {
        return ref;
    }

    long deadlineMillis() {
        return deadlineMillis;
    }

    LogStream logStream() {
        return logStream;
    }
}
