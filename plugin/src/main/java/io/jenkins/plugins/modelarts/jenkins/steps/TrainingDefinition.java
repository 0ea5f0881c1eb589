package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.Util;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.DataSource;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import io.jenkins.plugins.modelarts.client.model.NameRules;
import io.jenkins.plugins.modelarts.client.model.Parameter;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.Volume;
import io.jenkins.plugins.modelarts.core.config.JobFromConfig;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.config.ResourceNames;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.core.cache.ReusePolicy;
import io.jenkins.plugins.modelarts.core.cache.TrainingCache;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.io.PrintStream;
import java.time.Clock;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to train, as the train step and the freestyle builder take it: the seed-000 fields of a v1
 * job, a stored training job configuration by name (its fields overridden by any given here), or a
 * whole v1 or v2 request body as JSON. Everything that can be checked without calling ModelArts is
 * checked by {@link #problems(String)}, all at once, before anything is sent.
 */
public final class TrainingDefinition implements Serializable {
    private static final long serialVersionUID = 1L;

    private String jobName;
    private String description;
    private String workspaceId;
    private String configName;
    private String configType;
    private String spec;
    private Integer workerServerNum;
    private String appUrl;
    private String bootFileUrl;
    private LinkedHashMap<String, String> parameters = new LinkedHashMap<>();
    private String dataUrl;
    private String datasetId;
    private String datasetVersionId;
    private Long specId;
    private String poolId;
    private Long engineId;
    private Long modelId;
    private String trainUrl;
    private String logUrl;
    private String userImageUrl;
    private String userCommand;
    /** {@code config.data_source} as JSON text (kept as text: it persists in program.dat as is). */
    private String dataSource;
    /** {@code config.volumes} as JSON text. */
    private String volumes;
    /** null: the service's default (a version is created); false: {@code create_version: false}. */
    private Boolean createVersion;
    /** The pre-flight: null for the default (on for a dry run, off for a create), else as set. */
    private Boolean preflight;
    /** The training cache's policy as written ({@code never}, {@code successful}, {@code 24h}); null for never. */
    private String reuse;

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String value) {
        this.jobName = Util.fixEmptyAndTrim(value);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String value) {
        this.description = Util.fixEmptyAndTrim(value);
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String value) {
        this.workspaceId = Util.fixEmptyAndTrim(value);
    }

    public String getConfigName() {
        return configName;
    }

    public void setConfigName(String value) {
        this.configName = Util.fixEmptyAndTrim(value);
    }

    /** The training cache: {@code never} (null, the default), {@code successful}, or a maximum age such as {@code 24h}. */
    public String getReuse() {
        return reuse;
    }

    public void setReuse(String value) {
        this.reuse = Util.fixEmptyAndTrim(value);
    }

    /** The parsed {@link #getReuse()}; call after {@link #problems} found none. */
    public ReusePolicy reusePolicy() {
        return ReusePolicy.parse(reuse);
    }

    /** {@code custom} (null, the default) or {@code sample}: which kind of configuration {@link #getConfigName()} names. */
    public String getConfigType() {
        return configType;
    }

    public void setConfigType(String value) {
        this.configType = Util.fixEmptyAndTrim(value);
    }

    public String getSpec() {
        return spec;
    }

    public void setSpec(String value) {
        this.spec = Util.fixEmpty(value);
    }

    public Integer getWorkerServerNum() {
        return workerServerNum;
    }

    public void setWorkerServerNum(Integer value) {
        this.workerServerNum = value;
    }

    public String getAppUrl() {
        return appUrl;
    }

    public void setAppUrl(String value) {
        this.appUrl = Util.fixEmptyAndTrim(value);
    }

    public String getBootFileUrl() {
        return bootFileUrl;
    }

    public void setBootFileUrl(String value) {
        this.bootFileUrl = Util.fixEmptyAndTrim(value);
    }

    public String getDataUrl() {
        return dataUrl;
    }

    public void setDataUrl(String value) {
        this.dataUrl = Util.fixEmptyAndTrim(value);
    }

    public String getDatasetId() {
        return datasetId;
    }

    public void setDatasetId(String value) {
        this.datasetId = Util.fixEmptyAndTrim(value);
    }

    public String getDatasetVersionId() {
        return datasetVersionId;
    }

    public void setDatasetVersionId(String value) {
        this.datasetVersionId = Util.fixEmptyAndTrim(value);
    }

    public Long getSpecId() {
        return specId;
    }

    public void setSpecId(Long value) {
        this.specId = StepValues.id(value);
    }

    public String getPoolId() {
        return poolId;
    }

    public void setPoolId(String value) {
        this.poolId = Util.fixEmptyAndTrim(value);
    }

    public Long getEngineId() {
        return engineId;
    }

    public void setEngineId(Long value) {
        this.engineId = StepValues.id(value);
    }

    public Long getModelId() {
        return modelId;
    }

    public void setModelId(Long value) {
        this.modelId = StepValues.id(value);
    }

    public String getTrainUrl() {
        return trainUrl;
    }

    public void setTrainUrl(String value) {
        this.trainUrl = Util.fixEmptyAndTrim(value);
    }

    public String getLogUrl() {
        return logUrl;
    }

    public void setLogUrl(String value) {
        this.logUrl = Util.fixEmptyAndTrim(value);
    }

    public String getUserImageUrl() {
        return userImageUrl;
    }

    public void setUserImageUrl(String value) {
        this.userImageUrl = Util.fixEmptyAndTrim(value);
    }

    public String getUserCommand() {
        return userCommand;
    }

    public void setUserCommand(String value) {
        this.userCommand = Util.fixEmptyAndTrim(value);
    }

    public Map<String, String> getParameters() {
        return new LinkedHashMap<>(parameters);
    }

    public String getDataSource() {
        return dataSource;
    }

    /** {@code config.data_source}: a JSON array of {@code {type: obs, data_url}} or {@code {type: dataset, dataset_id, dataset_version}}. */
    public void setDataSource(String json) {
        this.dataSource = Util.fixEmptyAndTrim(json);
    }

    public String getVolumes() {
        return volumes;
    }

    /** {@code config.volumes}: a JSON array of {@code {nfs: {id, src_path, dest_path, read_only}}} or {@code {host_path: {...}}}. */
    public void setVolumes(String json) {
        this.volumes = Util.fixEmptyAndTrim(json);
    }

    /** {@code preflight} as set: null when left to the default ({@link #runsPreflight}). */
    public Boolean getPreflight() {
        return preflight;
    }

    public void setPreflight(Boolean value) {
        this.preflight = value;
    }

    /** Whether the pre-flight runs: as set, else only for a dry run (the one place for this default). */
    public boolean runsPreflight(boolean dryRun) {
        return preflight != null ? preflight : dryRun;
    }

    public boolean isCreateVersion() {
        return createVersion == null || createVersion;
    }

    /** False sends {@code create_version: false}: the job is created without a version, so nothing runs. */
    public void setCreateVersion(boolean value) {
        this.createVersion = value ? null : Boolean.FALSE;
    }

    /** A map ({@code [lr: '0.01']}), a list of {@code name=value}, or lines of them. */
    public void setParameters(Object value) {
        this.parameters = parameters(value);
    }

    /** Every problem with the definition under {@code jobName}, without calling ModelArts. */
    /** The training cache's answer for {@code spec} under this definition's reuse policy; its note, if any, on {@code log}. */
    public TrainingCache.Lookup cacheLookup(TrainingJobs jobs, JobSpec spec, Clock clock, PrintStream log) {
        TrainingCache.Lookup lookup = new TrainingCache(jobs, clock).lookup(spec, reusePolicy());
        if (lookup.note() != null) {
            log.println(lookup.note());
        }
        return lookup;
    }

    /**
     * A created job as the train step and the builder print it after "Created …: ": its reference and
     * status, or that it has no version (createVersion false), so nothing runs.
     */
    public static String describeCreated(JobSnapshot snapshot) {
        JobRef ref = snapshot.ref();
        return ref + (ref.api() == JobRef.Api.V1 && !ref.hasVersion()
                ? " without a version (createVersion: false): nothing runs until a version is created"
                : " (" + snapshot.statusName() + ")");
    }

    /**
     * {@link #problems(String)}, and waiting for a job created without a version (nothing would run):
     * the train step's and the freestyle builder's one check.
     */
    public List<String> problems(String name, boolean wait) {
        List<String> problems = problems(name);
        if (wait && !isCreateVersion()) {
            problems.add("createVersion: false creates the job without a version, so nothing runs to wait for: set wait: false"
                    + " (in a freestyle job, untick Wait)");
        }
        return problems;
    }

    public List<String> problems(String name) {
        List<String> problems = new ArrayList<>(reuseProblems());
        if (spec != null && (configName != null || configType != null || hasFields())) {
            problems.add("give either 'spec' (a whole request body) or the job's fields and 'configName', not both: 'spec'"
                    + " is sent as written, so " + String.join(", ", givenFields()) + " would be ignored");
            return problems;
        }
        if (spec != null) {
            try {
                JobSpecLoader.parse("spec", spec, name);
            } catch (RequestValidationException e) {
                problems.addAll(e.problems());
            }
            return problems;
        }
        problems.addAll(NameRules.problems("jobName", name));
        List<String> listProblems = new ArrayList<>();
        dataSources(listProblems);
        volumeList(listProblems);
        if (!listProblems.isEmpty()) {
            problems.addAll(listProblems);
            return problems;
        }
        if (configType != null && !JobConfigQuery.CONFIG_TYPES.contains(configType)) {
            problems.add("configType '" + configType + "' is not valid: expected custom or sample");
        }
        if (configName != null) {
            problems.addAll(NameRules.problems("configName", configName));
            return problems; // the fields are checked once merged with the stored configuration
        }
        if (configType != null) {
            problems.add("configType goes with configName: it says whether configName is a custom or a sample configuration");
        }
        problems.addAll(request(name, fields(TrainingJobConfig.builder()).build()).problems());
        return problems;
    }

    private List<String> reuseProblems() {
        try {
            ReusePolicy policy = reusePolicy();
            if (policy.enabled() && createVersion != null && !createVersion) {
                return List.of("reuse looks for a completed job; createVersion: false creates one that never runs");
            }
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * The request to send. With {@code configName}, the stored (or sample) configuration is read and
     * the fields given here override it by core's {@code ConfigOverrides} rules, the same as the
     * CLI's {@code train --config}: a field given replaces, {@code parameters} merge by name,
     * mutually exclusive fields are replaced as a group; the workers are checked against the
     * flavor's {@code max_num}.
     */
    public JobSpec toSpec(String name, ModelArtsClient client) {
        if (spec != null) {
            return JobSpecLoader.parse("spec", spec, name);
        }
        if (configName != null) {
            return new JobFromConfig(configName, configType, name, description, workspaceId,
                    fields(TrainingJobConfig.builder()).build(), ResourceNames.none()).toSpec(client);
        }
        return new JobSpec.V1(request(name, fields(TrainingJobConfig.builder()).build()).validate());
    }

    private CreateTrainingJobRequest request(String name, TrainingJobConfig config) {
        return new CreateTrainingJobRequest(name, description, workspaceId, config);
    }

    /** The given fields set on {@code config}; fields not given stay as they are. */
    private TrainingJobConfig.Builder fields(TrainingJobConfig.Builder config) {
        if (workerServerNum != null) {
            config.workerServerNum(workerServerNum);
        }
        if (appUrl != null) {
            config.appUrl(appUrl);
        }
        if (bootFileUrl != null) {
            config.bootFileUrl(bootFileUrl);
        }
        if (!parameters.isEmpty()) {
            List<Parameter> list = new ArrayList<>();
            parameters.forEach((k, v) -> list.add(new Parameter(k, v)));
            config.parameter(list);
        }
        if (dataUrl != null) {
            config.dataUrl(dataUrl);
        }
        if (datasetId != null) {
            config.datasetId(datasetId);
        }
        if (datasetVersionId != null) {
            config.datasetVersionId(datasetVersionId);
        }
        if (specId != null) {
            config.specId(specId);
        }
        if (poolId != null) {
            config.poolId(poolId);
        }
        if (engineId != null) {
            config.engineId(engineId);
        }
        if (modelId != null) {
            config.modelId(modelId);
        }
        if (trainUrl != null) {
            config.trainUrl(trainUrl);
        }
        if (logUrl != null) {
            config.logUrl(logUrl);
        }
        if (userImageUrl != null) {
            config.userImageUrl(userImageUrl);
        }
        if (userCommand != null) {
            config.userCommand(userCommand);
        }
        List<String> ignored = new ArrayList<>(); // problems() reported them before anything is sent
        if (dataSource != null) {
            config.dataSource(dataSources(ignored));
        }
        if (volumes != null) {
            config.volumes(volumeList(ignored));
        }
        if (createVersion != null) {
            config.createVersion(createVersion);
        }
        return config;
    }

    private List<DataSource> dataSources(List<String> problems) {
        return StepJson.list("dataSource", dataSource, DataSource.class, problems);
    }

    private List<Volume> volumeList(List<String> problems) {
        return StepJson.list("volumes", volumes, Volume.class, problems);
    }

    /** The names of the fields given besides {@code spec}. */
    private List<String> givenFields() {
        List<String> given = new ArrayList<>();
        Object[][] fields = {{"configName", configName}, {"configType", configType}, {"workerServerNum", workerServerNum}, {"appUrl", appUrl},
            {"bootFileUrl", bootFileUrl}, {"parameters", parameters.isEmpty() ? null : parameters}, {"dataUrl", dataUrl},
            {"datasetId", datasetId}, {"datasetVersionId", datasetVersionId}, {"specId", specId}, {"poolId", poolId},
            {"engineId", engineId}, {"modelId", modelId}, {"trainUrl", trainUrl}, {"logUrl", logUrl},
            {"userImageUrl", userImageUrl}, {"userCommand", userCommand}, {"dataSource", dataSource},
            {"volumes", volumes}, {"createVersion", createVersion}};
        for (Object[] f : fields) {
            if (f[1] != null) {
                given.add((String) f[0]);
            }
        }
        return given;
    }

    private boolean hasFields() {
        return workerServerNum != null || appUrl != null || bootFileUrl != null || !parameters.isEmpty()
                || dataUrl != null || datasetId != null || datasetVersionId != null || specId != null
                || poolId != null || engineId != null || modelId != null || trainUrl != null || logUrl != null
                || userImageUrl != null || userCommand != null || dataSource != null || volumes != null
                || createVersion != null;
    }

    /**
     * The job name when none is given: the Jenkins job's full name and the build number, made to fit
     * ModelArts' rules (1 to 64 of letters, digits, {@code -} and {@code _}), e.g. {@code team-resnet-42}.
     * One name per build makes a resubmission after a restart recognisable.
     */
    public static String derivedName(String jenkinsJobFullName, int buildNumber) {
        String suffix = "-" + buildNumber;
        String base = jenkinsJobFullName.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (base.isEmpty()) {
            base = "jenkins";
        }
        int room = NameRules.MAX_LENGTH - suffix.length();
        if (base.length() > room) {
            base = base.substring(base.length() - room).replaceAll("^[-_]+", "");
        }
        return base + suffix;
    }

    /** Hyper-parameters from a map ({@code [lr: '0.01']}), a list of {@code name=value}, or lines of them. */
    static LinkedHashMap<String, String> parameters(Object value) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            return result;
        }
        for (String line : StepValues.lines(value)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter '" + line + "' must be name=value");
            }
            result.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return result;
    }
}
