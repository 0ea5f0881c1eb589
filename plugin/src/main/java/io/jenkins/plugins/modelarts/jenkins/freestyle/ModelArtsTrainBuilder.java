package io.jenkins.plugins.modelarts.jenkins.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.FieldChecks;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainingDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * "Train on ModelArts", the freestyle build step: creates a training job from the same fields as
 * {@code modelartsTrain} and, by default, waits for it, then publishes its report, archives its logs
 * and applies the release gate. Needs no workspace. A freestyle build holds its executor anyway, so
 * this step waits on it; aborting the build stops the remote job (unless told not to).
 */
public class ModelArtsTrainBuilder extends Builder implements SimpleBuildStep {
    private final TrainingDefinition definition = new TrainingDefinition();
    private final FreestyleSettings settings = new FreestyleSettings();
    private boolean wait = true;

    @DataBoundConstructor
    public ModelArtsTrainBuilder() {}

    public String getJobName() {
        return definition.getJobName();
    }

    @DataBoundSetter
    public void setJobName(String value) {
        definition.setJobName(value);
    }

    public String getDescription() {
        return definition.getDescription();
    }

    @DataBoundSetter
    public void setDescription(String value) {
        definition.setDescription(value);
    }

    public String getWorkspaceId() {
        return definition.getWorkspaceId();
    }

    @DataBoundSetter
    public void setWorkspaceId(String value) {
        definition.setWorkspaceId(value);
    }

    public String getReuse() {
        return definition.getReuse();
    }

    /** The training cache: {@code never} (default), {@code successful}, or a maximum age ({@code 24h}, {@code 7d}). */
    @DataBoundSetter
    public void setReuse(String value) {
        definition.setReuse(value);
    }

    public String getConfigName() {
        return definition.getConfigName();
    }

    @DataBoundSetter
    public void setConfigName(String value) {
        definition.setConfigName(value);
    }

    public String getConfigType() {
        return definition.getConfigType();
    }

    /** {@code custom} (default) or {@code sample}: a vendor sample configuration. */
    @DataBoundSetter
    public void setConfigType(String value) {
        definition.setConfigType(value);
    }

    public String getSpec() {
        return definition.getSpec();
    }

    @DataBoundSetter
    public void setSpec(String value) {
        definition.setSpec(value);
    }

    public Integer getWorkerServerNum() {
        return definition.getWorkerServerNum();
    }

    @DataBoundSetter
    public void setWorkerServerNum(Integer value) {
        definition.setWorkerServerNum(value);
    }

    public String getAppUrl() {
        return definition.getAppUrl();
    }

    @DataBoundSetter
    public void setAppUrl(String value) {
        definition.setAppUrl(value);
    }

    public String getBootFileUrl() {
        return definition.getBootFileUrl();
    }

    @DataBoundSetter
    public void setBootFileUrl(String value) {
        definition.setBootFileUrl(value);
    }

    public String getDataUrl() {
        return definition.getDataUrl();
    }

    @DataBoundSetter
    public void setDataUrl(String value) {
        definition.setDataUrl(value);
    }

    public String getDatasetId() {
        return definition.getDatasetId();
    }

    @DataBoundSetter
    public void setDatasetId(String value) {
        definition.setDatasetId(value);
    }

    public String getDatasetVersionId() {
        return definition.getDatasetVersionId();
    }

    @DataBoundSetter
    public void setDatasetVersionId(String value) {
        definition.setDatasetVersionId(value);
    }

    public Long getSpecId() {
        return definition.getSpecId();
    }

    @DataBoundSetter
    public void setSpecId(Long value) {
        definition.setSpecId(value);
    }

    public String getPoolId() {
        return definition.getPoolId();
    }

    @DataBoundSetter
    public void setPoolId(String value) {
        definition.setPoolId(value);
    }

    public Long getEngineId() {
        return definition.getEngineId();
    }

    @DataBoundSetter
    public void setEngineId(Long value) {
        definition.setEngineId(value);
    }

    public Long getModelId() {
        return definition.getModelId();
    }

    @DataBoundSetter
    public void setModelId(Long value) {
        definition.setModelId(value);
    }

    public String getTrainUrl() {
        return definition.getTrainUrl();
    }

    @DataBoundSetter
    public void setTrainUrl(String value) {
        definition.setTrainUrl(value);
    }

    public String getLogUrl() {
        return definition.getLogUrl();
    }

    @DataBoundSetter
    public void setLogUrl(String value) {
        definition.setLogUrl(value);
    }

    public String getUserImageUrl() {
        return definition.getUserImageUrl();
    }

    @DataBoundSetter
    public void setUserImageUrl(String value) {
        definition.setUserImageUrl(value);
    }

    public String getUserCommand() {
        return definition.getUserCommand();
    }

    @DataBoundSetter
    public void setUserCommand(String value) {
        definition.setUserCommand(value);
    }

    public String getParametersText() {
        StringBuilder text = new StringBuilder();
        definition.getParameters().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    /** One {@code name=value} per line. */
    @DataBoundSetter
    public void setParametersText(String text) {
        definition.setParameters(text);
    }

    public String getDataSource() {
        return definition.getDataSource();
    }

    /** {@code config.data_source} as a JSON array with the API's field names, instead of the data fields. */
    @DataBoundSetter
    public void setDataSource(String json) {
        definition.setDataSource(json);
    }

    public String getVolumes() {
        return definition.getVolumes();
    }

    /** {@code config.volumes} as a JSON array with the API's field names. */
    @DataBoundSetter
    public void setVolumes(String json) {
        definition.setVolumes(json);
    }

    public boolean isCreateVersion() {
        return definition.isCreateVersion();
    }

    /** Unticked: {@code create_version: false}, the job is created without a version (nothing runs; not with Wait). */
    @DataBoundSetter
    public void setCreateVersion(boolean createVersion) {
        definition.setCreateVersion(createVersion);
    }

    public boolean isPreflight() {
        return definition.runsPreflight(false);
    }

    /** Ticked: check that the request's OBS locations and flavor exist before the create, and refuse it when one is missing. */
    @DataBoundSetter
    public void setPreflight(boolean preflight) {
        definition.setPreflight(preflight ? Boolean.TRUE : null);
    }

    public boolean isWait() {
        return wait;
    }

    @DataBoundSetter
    public void setWait(boolean wait) {
        this.wait = wait;
    }

    /** Connection, waiting and gate settings, with the Pipeline steps' names and defaults. */
    public FreestyleSettings getSettings() {
        return settings;
    }

    @DataBoundSetter
    public void setSettings(FreestyleSettings settings) {
        this.settings.copyFrom(settings);
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
        String name = definition.getJobName() != null
                ? env.expand(definition.getJobName())
                : TrainingDefinition.derivedName(run.getParent().getFullName(), run.getNumber());
        List<String> problems = new ArrayList<>(connection.problems());
        problems.addAll(definition.problems(name, wait));
        problems.addAll(settings.gateSettings().problems());
        if (!problems.isEmpty()) {
            throw new AbortException("Train on ModelArts: " + problems.size() + " problem(s), nothing was sent:\n  - "
                    + String.join("\n  - ", problems));
        }
        new FreestyleTraining(runtime, connection, run, listener).run(definition, name, wait, settings.waitSettings(runtime.defaults()));
    }

    @Extension
    @Symbol("modelartsTrainBuilder")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Train on ModelArts";
        }

        public FormValidation doCheckJobName(@QueryParameter String value) {
            return FieldChecks.jobName(value);
        }

        public FormValidation doCheckReuse(@QueryParameter String value) {
            return FieldChecks.reuse(value);
        }
    }
}
