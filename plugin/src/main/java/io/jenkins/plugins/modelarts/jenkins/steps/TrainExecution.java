package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.core.cache.TrainingCache;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.Submission;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * {@code modelartsTrain}: creates the job on a worker thread, then returns its identity or (with
 * {@code wait: true}) waits for it as {@code modelartsWaitForJob} does.
 *
 * <p>Submitting is idempotent across restarts: the execution records that it is about to submit
 * (saved before the request goes out) and the job's reference as soon as it is known. Resumed with
 * the first but not the second, it looks the job up by its name before submitting again, and
 * re-attaches to it when it exists.
 */
public class TrainExecution extends JobWaitExecution {
    private static final long serialVersionUID = 1L;

    private TrainingDefinition definition;
    private final String jobName;
    private final boolean wait;
    private boolean submitStarted;
    private boolean reused;
    private transient volatile JobSnapshot submitted;

    public TrainExecution(StepContext context, Connection connection, TrainingDefinition definition, String jobName,
            boolean wait, WaitSettings settings) {
        super(context, connection, null, settings);
        this.definition = definition;
        this.jobName = jobName;
        this.wait = wait;
    }

    @Override
    protected String startMessage() {
        return "Creating ModelArts training job " + jobName + " on " + connection.describe()
                + (wait ? " and waiting for it (no executor is held while waiting)" : "");
    }

    @Override
    protected void prepare(ModelArtsClient client) throws Exception {
        if (ref != null) {
            return;
        }
        TrainingJobs jobs = new TrainingJobs(client);
        JobSpec spec = definition.toSpec(jobName, client);
        if (submitStarted) {
            Optional<JobSnapshot> existing = jobs.findExisting(spec);
            if (existing.isPresent()) {
                attach(existing.get(), "Re-attached to ModelArts training job " + jobName + " created before the restart: ");
                return;
            }
        }
        if (isStopping()) {
            return; // aborted (or timed out) before the create was sent: there is nothing to create or stop
        }
        TrainingCache.Lookup lookup = definition.cacheLookup(jobs, spec, runtime().clock(), log());
        if (lookup.isReused()) {
            reused = true;
            attach(lookup.reused().snapshot(), null);
            log().println(lookup.reused().message());
            return;
        }
        spec = lookup.toCreate();
        if (definition.runsPreflight(false)) {
            PreflightReport report = TrainPreflight.run(runtime().clients(), connection, run(), client, spec, log());
            if (report.hasMissing()) {
                throw TrainPreflight.refusal(report, jobName, false);
            }
        }
        submitStarted = true;
        getContext().saveState().get(30, TimeUnit.SECONDS);
        Submission submission = jobs.submission(spec);
        attach(submission.snapshot(), submission.lead("ModelArts training job " + jobName));
    }

    private void attach(JobSnapshot snapshot, String message) {
        submitted = snapshot;
        ref = snapshot.ref();
        definition = null; // not needed any more; keeps the persisted program small
        if (message != null) {
            log().println(message + TrainingDefinition.describeCreated(snapshot));
        }
        getContext().saveState();
    }

    @Override
    protected boolean waits() {
        return wait;
    }

    /**
     * The job's identity and state. The create's answer is transient: after a restart between the
     * create and the step's end, the value is rebuilt from the persisted reference (with a fresh read
     * of the state; the identity alone if that read fails).
     */
    @Override
    protected Object submittedValue(ModelArtsClient client) {
        JobSnapshot s = submitted;
        boolean versionless = ref != null && ref.api() == JobRef.Api.V1 && !ref.hasVersion();
        if (s == null && ref != null && !versionless) {
            try {
                s = new TrainingJobs(client).read(ref);
            } catch (ModelArtsException e) {
                log().println("Could not read the state of ModelArts " + ref + ": " + ConsoleText.errorMessage(e));
            }
        }
        Map<String, Object> value = s != null ? StepResults.of(s) : ref != null ? StepResults.of(ref) : new LinkedHashMap<>();
        value.put("jobName", jobName);
        value.put("reused", reused);
        if (s != null) {
            created(s.detail(), value);
        }
        return value;
    }

    /** The waiting step's value, with {@code reused}: whether the job came from the training cache. */
    @Override
    protected Object endValue(Map<String, Object> value) {
        Map<String, Object> copy = new LinkedHashMap<>(value);
        copy.put("reused", reused);
        return copy;
    }

    /**
     * {@code createTime}, {@code resourceId} and (v1) {@code versionName} as the create answer carries them
     * (v2: {@code metadata.create_time}, no resource id).
     */
    private static void created(Object detail, Map<String, Object> value) {
        if (detail instanceof CreateTrainingJobResponse v1) {
            value.put("createTime", v1.createTime());
            value.put("resourceId", v1.resourceId());
            value.put("versionName", v1.versionName());
        } else if (detail instanceof TrainingJob v2) {
            value.put("createTime", v2.metadata() == null ? null : v2.metadata().createTime());
            value.put("resourceId", null);
        }
    }

    boolean submitStarted() {
        return submitStarted;
    }
}
