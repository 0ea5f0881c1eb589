package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.Extension;
import hudson.model.Descriptor.FormException;
import hudson.model.Run;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * {@code modelartsTrain}: creates a ModelArts training job from its fields (v1, seed 000), from a
 * stored training job configuration ({@code configName}, overridden by any field given), or from a
 * whole request body ({@code spec}, v1 or v2 JSON), and returns a map with {@code jobId},
 * {@code versionId}, {@code status} and more. With {@code wait: true} it then waits as
 * {@code modelartsWaitForJob} does and returns the final state with metrics.
 *
 * <pre>{@code
 * def job = modelartsTrain(jobName: "resnet-${env.BUILD_NUMBER}", specId: 1, engineId: 1,
 *     appUrl: '/bucket/src/', bootFileUrl: '/bucket/src/train.py', dataUrl: '/bucket/data/',
 *     trainUrl: '/bucket/out/', logUrl: '/bucket/log/', parameters: [lr: '0.01'], wait: true)
 * }</pre>
 */
public class TrainStep extends WaitingStep {
    public static final String FUNCTION = "modelartsTrain";

    private final TrainingDefinition definition = new TrainingDefinition();
    private boolean wait;
    private boolean dryRun;

    @DataBoundConstructor
    public TrainStep() {}

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

    public Map<String, String> getParameters() {
        return definition.getParameters();
    }

    /**
     * {@code [lr: '0.01']}. A Pipeline may also pass a list of {@code name=value} or lines of them (see
     * {@link ModelArtsStepDescriptor#customInstantiate}), the Snippet Generator's text area is read by
     * {@link DescriptorImpl#newInstance}; values of other types (numbers) become their text.
     */
    @DataBoundSetter
    public void setParameters(Map<String, String> parameters) {
        definition.setParameters(parameters);
    }

    /** For the Snippet Generator's text area: one {@code name=value} per line. */
    public String getParametersText() {
        StringBuilder text = new StringBuilder();
        definition.getParameters().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    public String getDataSource() {
        return definition.getDataSource();
    }

    /**
     * {@code config.data_source} with the API's field names, as JSON text or (in a Pipeline) a list of maps:
     * {@code [[type: 'obs', data_url: '/bucket/data/'], [type: 'dataset', dataset_id: '…', dataset_version: '…']]}.
     */
    @DataBoundSetter
    public void setDataSource(String json) {
        definition.setDataSource(json);
    }

    public String getVolumes() {
        return definition.getVolumes();
    }

    /** {@code config.volumes}, likewise: {@code [[nfs: [id: '…', src_path: '…', dest_path: '/mnt/data', read_only: true]]]}. */
    @DataBoundSetter
    public void setVolumes(String json) {
        definition.setVolumes(json);
    }

    public boolean isCreateVersion() {
        return definition.isCreateVersion();
    }

    /** {@code false}: {@code create_version: false}, the job is created without a version (nothing runs; not with {@code wait}). */
    @DataBoundSetter
    public void setCreateVersion(boolean createVersion) {
        definition.setCreateVersion(createVersion);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * {@code true}: build the request as the step would (configuration read, names resolved, the cache looked
     * up), print and return it, and create nothing. Not with {@code wait}.
     */
    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Boolean getPreflight() {
        return definition.getPreflight();
    }

    /**
     * The pre-flight (the request's OBS locations and flavor exist): on by default for a dry run, off
     * otherwise; {@code true} on a real train refuses to create when something is missing.
     */
    @DataBoundSetter
    public void setPreflight(Boolean preflight) {
        definition.setPreflight(preflight);
    }

    public boolean isWait() {
        return wait;
    }

    @DataBoundSetter
    public void setWait(boolean wait) {
        this.wait = wait;
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        var connection = connection(context);
        Run<?, ?> run = context.get(Run.class);
        String name = definition.getJobName() != null
                ? definition.getJobName()
                : TrainingDefinition.derivedName(run.getParent().getFullName(), run.getNumber());
        List<String> problems = definition.problems(name, wait && !dryRun);
        if (dryRun && wait) {
            problems.add("dryRun: true creates nothing, so there is nothing to wait for: drop wait: true");
        }
        problems.addAll(waitProblems());
        check(problems);
        if (dryRun) {
            return new TrainDryRun(context, connection, definition, name);
        }
        return new TrainExecution(context, connection, definition, name, wait, waitSettings());
    }

    @Extension
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        /** The Snippet Generator's form: its {@code parameters} text area holds one {@code name=value} per line. */
        @Override
        public Step newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            return fromForm(formData, data -> (TrainStep) super.newInstance(req, data));
        }

        /** Binds the form without its parameters text (a map cannot be bound from text), then sets them. */
        public static TrainStep fromForm(JSONObject formData, FormBinder binder) throws FormException {
            JSONObject data = JSONObject.fromObject(formData);
            Object text = data.remove("parameters");
            TrainStep step = binder.bind(data);
            try {
                step.setParameters(TrainingDefinition.parameters(text));
            } catch (IllegalArgumentException e) {
                throw new FormException(e.getMessage(), "parameters");
            }
            return step;
        }

        /** Stapler's binding of the rest of the form ({@code Descriptor.newInstance}). */
        @FunctionalInterface
        public interface FormBinder {
            TrainStep bind(JSONObject formData) throws FormException;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a ModelArts training job (and optionally wait for it)";
        }
    }
}
