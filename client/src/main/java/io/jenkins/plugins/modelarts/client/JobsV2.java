package io.jenkins.plugins.modelarts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.LogPreview;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest.Filter;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TaskMetrics;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
import io.jenkins.plugins.modelarts.client.model.V2JobSpecValidator;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The v2 training API: jobs addressed by UUID, with a level-1 {@code phase}, tasks
 * ({@code worker-0}, ...) whose logs and metrics can be read, and a filterable search. Get it from
 * {@link ModelArtsClient#jobsV2()}.
 *
 * <p>Arguments are checked before anything is sent; a {@code RequestValidationException} lists
 * every problem. Immutable and thread-safe. {@link #create} is safe to call again after a
 * failure: see its documentation.
 */
public final class JobsV2 {
    private final ApiTransport transport;

    JobsV2(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
    }

    /**
     * Creates a job from a body as a user wrote it ({@code POST /v2/{project_id}/training-jobs}),
     * after checking it with {@link V2JobSpecValidator}. The body is sent unchanged.
     *
     * <p>As with v1 ({@link JobsV1#create}), the create is never retried blindly. After an
     * ambiguous failure (a {@code TransportException}, a 5xx, or an answer that cannot be read or
     * has no {@code metadata.id}) the job is searched for by name (a {@code like} filter, then an
     * exact match on {@code metadata.name}) after the retry policy's backoff; an existing job is
     * returned, otherwise the create is sent again up to the policy's {@code maxAttempts}, and a
     * duplicate-name error on a resend leads to one more lookup. A failed lookup throws a
     * {@code CreateOutcomeUnknownException} naming the job.
     */
    public TrainingJob create(JsonNode spec) {
        return submit(spec).job();
    }

    /**
     * {@link #create} telling whether the job was {@linkplain CreateResult#foundByName() found by
     * name} after an ambiguous failure rather than read from the create's answer.
     */
    public CreateResult<TrainingJob> submit(JsonNode spec) {
        V2JobSpecValidator.validate(spec);
        String name = V2JobSpecValidator.name(spec);
        ApiRequest call = ApiRequest.post(ApiFamily.V2, "training-jobs").body(spec).idempotent(false).build();
        return AmbiguousCreate.send(transport, name,
                () -> checkCreated(call, Responses.decode(call, transport.execute(call), TrainingJob.class)),
                () -> findByName(name));
    }

    /** A create answer without {@code metadata.id} cannot be used: the job may exist all the same. */
    private static TrainingJob checkCreated(ApiRequest call, TrainingJob created) {
        if (created.id() == null || created.id().isBlank()) {
            throw new ResponseDecodingException("The answer to " + call.describe()
                    + " has no metadata.id: the job may have been created", null);
        }
        return created;
    }

    /** The job with id {@code id} ({@code GET /v2/{project_id}/training-jobs/{id}}). */
    public TrainingJob get(String id) {
        ApiRequest call = ApiRequest.get(ApiFamily.V2, "training-jobs", checkId(id)).build();
        return Responses.decode(call, transport.execute(call), TrainingJob.class);
    }

    /** One page of the search ({@code POST /v2/{project_id}/training-job-searches}); a read, so retried freely. */
    public TrainingJobSearchResult search(SearchTrainingJobsRequest request) {
        Objects.requireNonNull(request, "request == null");
        Checks.of(SearchTrainingJobsRequest.WHAT).add(request.problems()).check();
        ApiRequest call = ApiRequest.post(ApiFamily.V2, "training-job-searches").body(request).idempotent(true).build();
        return Responses.decode(call, transport.execute(call), TrainingJobSearchResult.class);
    }

    /**
     * Every job matching {@code request}'s filters and sorting. Pages of 50 from page 0 (the
     * request's own {@code offset} and {@code limit} are replaced) until a page holds fewer than 50
     * jobs or {@code count} jobs have been read.
     */
    public List<TrainingJob> searchAll(SearchTrainingJobsRequest request) {
        return searchAll(request, Integer.MAX_VALUE);
    }

    /** As {@link #searchAll(SearchTrainingJobsRequest)}, reading no more than {@code max} jobs. */
    public List<TrainingJob> searchAll(SearchTrainingJobsRequest request, int max) {
        return pages(request).collect(max);
    }

    /**
     * Up to {@code max} jobs from the page {@code request} asks for onwards, with its own page size
     * ({@code limit}, default 50) and {@code offset} (a page index): the answer of the first page
     * read (its {@code total}, {@code count}, {@code limit}, {@code offset}, {@code sort_by},
     * {@code order}, {@code group_by}) with the items of every page read. Stops at {@code max}
     * jobs, at an empty or short page, or when {@code count} jobs from the first page's start were
     * read. With {@code max} 0 or less, the one page {@code request} asks for.
     */
    public TrainingJobSearchResult searchFrom(SearchTrainingJobsRequest request, int max) {
        Objects.requireNonNull(request, "request == null");
        int limit = request.limit() == null ? SearchTrainingJobsRequest.MAX_LIMIT : request.limit();
        int first = request.offset() == null ? 0 : request.offset();
        SearchTrainingJobsRequest paged = request.withLimit(limit);
        if (max <= 0) {
            return search(paged.withOffset(first));
        }
        TrainingJobSearchResult[] firstPage = new TrainingJobSearchResult[1];
        List<TrainingJob> items = new Paging<TrainingJobSearchResult, TrainingJob>(page -> {
            TrainingJobSearchResult result = search(paged.withOffset(page));
            if (firstPage[0] == null) {
                firstPage[0] = result;
            }
            return result;
        }, TrainingJobSearchResult::items, r -> r.count() == null ? null : Math.max(0L, (long) r.count() - (long) first * limit),
                first, limit).collect(max);
        TrainingJobSearchResult head = firstPage[0];
        return new TrainingJobSearchResult(head.total(), head.count(), head.limit(), head.offset(), head.sortBy(),
                head.order(), head.groupBy(), head.workspaceId(), head.aiProject(), items, head.unknownFields());
    }

    /**
     * The job named exactly {@code name}, if any: a search with {@code name like <name>}, page by
     * page, keeping the exact match.
     */
    public Optional<TrainingJob> findByName(String name) {
        Checks.of("Training job lookup").name("metadata.name", name).check();
        SearchTrainingJobsRequest request = SearchTrainingJobsRequest.builder().filter(Filter.like("name", name)).build();
        return pages(request).find(job -> name.equals(job.name()));
    }

    private Paging<TrainingJobSearchResult, TrainingJob> pages(SearchTrainingJobsRequest request) {
        Objects.requireNonNull(request, "request == null");
        SearchTrainingJobsRequest paged = request.withLimit(SearchTrainingJobsRequest.MAX_LIMIT);
        return new Paging<>(page -> search(paged.withOffset(page)), TrainingJobSearchResult::items,
                TrainingJobSearchResult::count, 0, SearchTrainingJobsRequest.MAX_LIMIT);
    }

    /**
     * Asks the service to terminate a job ({@code POST .../actions} with
     * {@code {"action_type": "terminate"}}); asynchronous, the phase becomes {@code Terminating}.
     * Safe to repeat. Returns the job as the service answered, when it sent one.
     */
    public Optional<TrainingJob> terminate(String id) {
        ObjectNode body = Json.mapper().createObjectNode().put("action_type", "terminate");
        ApiRequest call = ApiRequest.post(ApiFamily.V2, "training-jobs", checkId(id), "actions")
                .body(body).idempotent(true).build();
        return Optional.ofNullable(Responses.decodeOrDefault(call, transport.execute(call), TrainingJob.class, null));
    }

    /** Deletes a job (asynchronous on the service). */
    public void delete(String id) {
        transport.execute(ApiRequest.delete(ApiFamily.V2, "training-jobs", checkId(id)).build());
    }

    /**
     * A task's log: the whole log when small, else its newest part. An empty answer (HTTP 204:
     * no log yet) gives {@link LogPreview#empty()}.
     */
    public LogPreview logPreview(String id, String taskId) {
        Checks.of("Training job log query").required("training_job_id", id).required("task_id", taskId).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V2, "training-jobs", id, "tasks", taskId, "logs", "preview").build();
        return Responses.decodeOrDefault(call, transport.execute(call), LogPreview.class, LogPreview.empty());
    }

    /** A task's runtime metrics; empty while the service has none (HTTP 204). */
    public TaskMetrics metrics(String id, String taskId) {
        Checks.of("Training job metrics query").required("training_job_id", id).required("task_id", taskId).check();
        ApiRequest call = ApiRequest.get(ApiFamily.V2, "training-jobs", id, "metrics", taskId).build();
        return Responses.decodeOrDefault(call, transport.execute(call), TaskMetrics.class, TaskMetrics.empty());
    }

    private static String checkId(String id) {
        Checks.of("Training job reference").required("training_job_id", id).check();
        return id;
    }
}
