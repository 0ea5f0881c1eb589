package io.jenkins.plugins.modelarts.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.LogFileNames;
import io.jenkins.plugins.modelarts.client.model.LogLines;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersionList;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The v1 ("old version") training API: jobs with numbered versions, integer status codes, log
 * files per worker, and model and system metrics on each version. Get it from
 * {@link ModelArtsClient#jobsV1()}. Job and version ids are the service's positive longs.
 *
 * <p>Arguments are checked before anything is sent; a {@code RequestValidationException} lists
 * every problem. Service errors are {@code ApiException}s, I/O failures after retries
 * {@code TransportException}s. Immutable and thread-safe.
 *
 * <p>{@link #create} is safe to call again after a failure: see its documentation.
 */
public final class JobsV1 {
    private static final int PAGE = 100;

    private final ApiTransport transport;
    private final JobConfigs configs;
    private final V1JobLookup lookup;

    JobsV1(ApiTransport transport, JobConfigs configs) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
        this.configs = Objects.requireNonNull(configs, "configs == null");
        this.lookup = new V1JobLookup(this);
    }

    /**
     * Creates a job and its first version ({@code POST /v1/{project_id}/training-jobs}).
     *
     * <p>The request is validated first. The create is never retried blindly; if it fails
     * ambiguously (a {@code TransportException}, an {@code ApiException} with a 5xx status, or a
     * {@code ResponseDecodingException}: an answer that is not JSON, has the wrong shape, or lacks
     * {@code job_id} or {@code version_id}) the job is looked up by its exact name after the retry
     * policy's backoff. If it exists, the answer is rebuilt from the job list and the version
     * detail, so the caller re-attaches to it instead of creating a second job. If it does not exist
     * the create is sent again, with backoff, up to the policy's {@code maxAttempts} sends; a
     * duplicate-name error on a resend means an earlier one landed after all: the job is looked up
     * again and returned. If a lookup fails (or the call's deadline leaves no time for one), nothing
     * is resent and a {@code CreateOutcomeUnknownException} names the job that may exist. A
     * duplicate name on the first send is reported as the {@code ApiException} it is
     * ({@code isDuplicateName()}), since that job predates this call.
     *
     * <p>A job is recognised by its name only, so a job of the same name that existed before an
     * ambiguous failure would be re-attached too; names derived from the build (one name per
     * submission) keep that from happening.
     */
    public CreateTrainingJobResponse create(CreateTrainingJobRequest request) {
        return submit(request).job();
    }

    /**
     * {@link #create} telling whether the job was {@linkplain CreateResult#foundByName() found by
     * name} after an ambiguous failure rather than read from the create's answer.
     */
    public CreateResult<CreateTrainingJobResponse> submit(CreateTrainingJobRequest request) {
        Objects.requireNonNull(request, "request == null").validate();
        ApiRequest call = ApiRequest.post(ApiFamily.V1, "training-jobs").body(request).idempotent(false).build();
        boolean versionExpected = request.config() == null || !Boolean.FALSE.equals(request.config().createVersion());
        return AmbiguousCreate.send(transport, request.jobName(),
                () -> checkCreated(call, Responses.decode(call, transport.execute(call), CreateTrainingJobResponse.class),
                        versionExpected),
                () -> lookup.reattach(request.jobName(), request.workspaceId()));
    }

    /** A create answer without the new job's id (or its version's, when one was asked for) cannot be used. */
    private static CreateTrainingJobResponse checkCreated(ApiRequest call, CreateTrainingJobResponse created,
            boolean versionExpected) {
        if (created.jobId() <= 0 || (versionExpected && (created.versionId() == null || created.versionId() <= 0))) {
            throw new ResponseDecodingException("The answer to " + call.describe() + " has no "
                    + (created.jobId() <= 0 ? "job_id" : "version_id") + ": the job may have been created", null);
        }
        return created;
    }

    /**
     * Creates a job from a stored training job configuration: reads the configuration, copies its
     * request fields into the job's {@code config} (dropping response-only ones such as
     * {@code engine_name} or {@code spec_code}), applies {@code overrides} and {@link #create}s it.
     * Names are checked before the configuration is read.
     */
    public CreateTrainingJobResponse createFromConfig(String jobName, String jobDesc, String configName,
            UnaryOperator<TrainingJobConfig> overrides) {
        Objects.requireNonNull(overrides, "overrides == null");
        Checks.of(CreateTrainingJobRequest.WHAT).name("job_name", jobName).name("config_name", configName).check();
        TrainingJobConfig config = overrides.apply(configs.get(configName).toTrainingJobConfig());
        return create(new CreateTrainingJobRequest(jobName, jobDesc, null, config));
    }

    public CreateTrainingJobResponse createFromConfig(String jobName, String jobDesc, String configName) {
        return createFromConfig(jobName, jobDesc, configName, UnaryOperator.identity());
    }

    /**
     * Creates another version of job {@code jobId} from {@code preVersionId}
     * ({@code POST .../training-jobs/{job_id}/versions}; {@code pre_version_id} goes inside
     * {@code config}). Not retried and not re-attached: an ambiguous failure is reported as is.
     */
    public CreateTrainingJobResponse createVersion(long jobId, TrainingJobConfig config, String jobDesc, long preVersionId) {
        Objects.requireNonNull(config, "config == null");
        Checks.of("Training job version request").positive("job_id", jobId).positive("pre_version_id", preVersionId)
                .maxLength("job_desc", jobDesc, CreateTrainingJobRequest.MAX_DESCRIPTION).add(config.problems()).check();
        ObjectNode configBody = Json.mapper().valueToTree(config);
        configBody.put("pre_version_id", preVersionId);
        ObjectNode body = Json.mapper().createObjectNode();
        if (jobDesc != null) {
            body.put("job_desc", jobDesc);
        }
        body.set("config", configBody);
        ApiRequest call = ApiRequest.post(ApiFamily.V1, "training-jobs", id(jobId), "versions").body(body).build();
        return Responses.decode(call, transport.execute(call), CreateTrainingJobResponse.class);
    }

    /** One page of the job list ({@code GET /v1/{project_id}/training-jobs}). */
    public TrainingJobList list(ListTrainingJobsQuery query) {
        Objects.requireNonNull(query, "query == null");
        Checks.of(ListTrainingJobsQuery.WHAT).add(query.problems()).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V1, "training-jobs")
                .query("status", query.status())
                .query("per_page", query.perPage())
                .query("page", query.page())
                .query("sortBy", query.sortBy())
                .query("order", query.order())
                .query("search_content", query.searchContent())
                .query("workspace_id", query.workspaceId())
                .build();
        return Responses.decode(call, transport.execute(call), TrainingJobList.class);
    }

    /**
     * The job named exactly {@code jobName}, if any: the list is searched for the name (a fuzzy
     * match), page by page, and the exact match kept.
     */
    public Optional<TrainingJobSummary> findByName(String jobName) {
        return lookup.findByName(jobName, null);
    }

    /** As {@link #findByName(String)}, within workspace {@code workspaceId} (null for any). */
    public Optional<TrainingJobSummary> findByName(String jobName, String workspaceId) {
        return lookup.findByName(jobName, workspaceId);
    }

    /**
     * One page of a job's versions. {@code page} counts from 1; 0 asks the server not to page.
     * {@code perPage} is 1-1000.
     */
    public TrainingJobVersionList versions(long jobId, int page, int perPage) {
        Checks.of("Training job versions query").positive("job_id", jobId).range("page", page, 0, Integer.MAX_VALUE)
                .range("per_page", perPage, 1, ListTrainingJobsQuery.MAX_PER_PAGE).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V1, "training-jobs", id(jobId), "versions")
                .query("per_page", perPage)
                .query("page", page)
                .build();
        return Responses.decode(call, transport.execute(call), TrainingJobVersionList.class);
    }

    /** Every version of a job, newest first as the server orders them: pages of 100 until {@code version_count}. */
    public List<TrainingJobVersion> allVersions(long jobId) {
        return versionList(jobId).versions();
    }

    /**
     * Every version of a job as {@link #allVersions} reads them, with the list's top-level fields
     * ({@code job_id}, {@code job_name}, {@code job_desc}, {@code version_count}) from the first page.
     */
    public TrainingJobVersionList versionList(long jobId) {
        TrainingJobVersionList[] first = new TrainingJobVersionList[1];
        List<TrainingJobVersion> all = new Paging<>(page -> {
            TrainingJobVersionList list = versions(jobId, page, PAGE);
            if (first[0] == null) {
                first[0] = list;
            }
            return list;
        }, TrainingJobVersionList::versions, TrainingJobVersionList::versionCount, 1, 1).collect(Integer.MAX_VALUE);
        TrainingJobVersionList head = first[0];
        return new TrainingJobVersionList(head.isSuccess(), head.errorCode(), head.errorMessage(), head.jobId(),
                head.jobName(), head.jobDesc(), head.versionCount(), all, head.unknownFields());
    }

    /** The detail of one version, with its status and metrics. */
    public TrainingJobVersion version(long jobId, long versionId) {
        ApiRequest call = ApiRequest.get(ApiFamily.V1, versionPath(jobId, versionId)).build();
        return Responses.decode(call, transport.execute(call), TrainingJobVersion.class);
    }

    /** Asks the service to stop a running version; asynchronous, poll {@link #version} for the result. Safe to repeat. */
    public void stop(long jobId, long versionId) {
        String[] path = append(versionPath(jobId, versionId), "stop");
        transport.execute(ApiRequest.post(ApiFamily.V1, path).idempotent(true).build());
    }

    /** Deletes a job with all its versions (asynchronous on the service). */
    public void delete(long jobId) {
        Checks.of("Training job deletion").positive("job_id", jobId).check();
        transport.execute(ApiRequest.delete(ApiFamily.V1, "training-jobs", id(jobId)).build());
    }

    /** Deletes one version of a job. */
    public void deleteVersion(long jobId, long versionId) {
        transport.execute(ApiRequest.delete(ApiFamily.V1, versionPath(jobId, versionId)).build());
    }

    /** The names of a version's log files, one per worker. */
    public LogFileNames logFileNames(long jobId, long versionId) {
        ApiRequest call = ApiRequest.get(ApiFamily.V1, append(versionPath(jobId, versionId), "log", "file-names")).build();
        return Responses.decode(call, transport.execute(call), LogFileNames.class);
    }

    /**
     * Lines of a log file ({@code GET .../aom-log}). {@code lines} 0-500 (server default 50);
     * {@code baseLine} a cursor from a previous answer, or null for the newest lines; {@code order}
     * {@code desc} walks to newer lines, {@code asc} to older ones, null for the default.
     */
    public LogLines logLines(long jobId, long versionId, String logFile, Integer lines, String baseLine, String order) {
        Checks.of("Training job log query").positive("job_id", jobId).positive("version_id", versionId)
                .required("log_file", logFile).range("lines", lines, 0, 500).order("order", order).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V1, append(versionPath(jobId, versionId), "aom-log"))
                .query("log_file", logFile)
                .query("lines", lines)
                .query("base_line", baseLine)
                .query("order", order)
                .build();
        return Responses.decode(call, transport.execute(call), LogLines.class);
    }

    private static String[] versionPath(long jobId, long versionId) {
        Checks.of("Training job version reference").positive("job_id", jobId).positive("version_id", versionId).check();
        return new String[] {"training-jobs", id(jobId), "versions", id(versionId)};
    }

    private static String[] append(String[] path, String... more) {
        String[] all = Arrays.copyOf(path, path.length + more.length);
        System.arraycopy(more, 0, all, path.length, more.length);
        return all;
    }

    private static String id(long id) {
        return Long.toString(id);
    }
}
