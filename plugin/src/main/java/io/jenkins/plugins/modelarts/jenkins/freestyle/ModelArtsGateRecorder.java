package io.jenkins.plugins.modelarts.jenkins.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import io.jenkins.plugins.modelarts.jenkins.steps.StepValues;
import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import io.jenkins.plugins.modelarts.jenkins.wait.JobCompletion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * "ModelArts release gate", the freestyle post-build step: the same gate as {@code modelartsGate}, on
 * the job this build trained (the last one its "Train on ModelArts" steps recorded) or a given job.
 * A failed gate fails the build or marks it UNSTABLE; the verdict goes into the build's report and
 * JUnit XML. Needs no workspace.
 */
@SuppressWarnings("unchecked") // Recorder.getDescriptor() returns a raw BuildStepDescriptor in core
public class ModelArtsGateRecorder extends Recorder implements SimpleBuildStep {
    private String jobId;
    private Long versionId;
    private final FreestyleSettings settings = new FreestyleSettings();

    @DataBoundConstructor
    public ModelArtsGateRecorder() {}

    public String getJobId() {
        return jobId;
    }

    /** Empty: the job this build trained. */
    @DataBoundSetter
    public void setJobId(String jobId) {
        this.jobId = Util.fixEmptyAndTrim(jobId);
    }

    public Long getVersionId() {
        return versionId;
    }

    @DataBoundSetter
    public void setVersionId(Long versionId) {
        this.versionId = StepValues.id(versionId);
    }

    /** The rules, baseline and connection: the same fields as the train step's settings. */
    public FreestyleSettings getSettings() {
        return settings;
    }

    @DataBoundSetter
    public void setSettings(FreestyleSettings settings) {
        this.settings.copyFrom(settings);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        ModelArtsRuntime runtime = ModelArtsRuntime.get();
        Connection connection = settings.connection(runtime.defaults());
        GateSettings gate = settings.gateSettings();
        List<String> problems = new ArrayList<>(connection.problems());
        problems.addAll(gate.problems());
        if (!gate.isEnabled()) {
            problems.add("nothing to check: give release gate rules, a baseline, or both");
        }
        JobRef ref = null;
        try {
            ref = job(run, env);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new AbortException("ModelArts release gate: " + String.join("; ", problems));
        }
        JobCompletion.Verdict verdict;
        try (ClientLease lease = runtime.clients().lease(connection, run)) {
            verdict = JobCompletion.of(run, listener, lease.client(), runtime.clients(), connection,
                    runtime.artifacts()).gateEndedJob(ref, gate);
        }
        if (verdict.result() != null) {
            run.setResult(verdict.result());
        }
        if (verdict.failed()) {
            throw JobCompletion.failure(verdict);
        }
    }

    /** The given job, else the last job this build's training steps recorded. */
    JobRef job(Run<?, ?> run, EnvVars env) {
        if (jobId != null) {
            return JobRef.parse(env.expand(jobId), versionId);
        }
        ModelArtsBuildAction action = run.getAction(ModelArtsBuildAction.class);
        List<TrainingRecord> records = action == null ? List.of() : action.getRecords();
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no job id given and this build trained no ModelArts job before this step");
        }
        return records.get(records.size() - 1).getJob();
    }

    @Extension
    @Symbol("modelartsGateRecorder")
    public static class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "ModelArts release gate";
        }
    }
}
