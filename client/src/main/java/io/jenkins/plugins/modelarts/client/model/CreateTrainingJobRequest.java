package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/{project_id}/training-jobs}: a job name, an optional description and
 * workspace, and the {@link TrainingJobConfig}.
 *
 * <pre>{@code
 * CreateTrainingJobRequest request = CreateTrainingJobRequest.builder()
 *     .jobName("resnet-42")
 *     .config(TrainingJobConfig.builder()
 *         .workerServerNum(1).specId(1L).engineId(1L)
 *         .appUrl("/bucket/src/").bootFileUrl("/bucket/src/train.py")
 *         .dataUrl("/bucket/data/").trainUrl("/bucket/out/")
 *         .build())
 *     .build();   // throws RequestValidationException listing every problem
 * }</pre>
 *
 * <p>{@link Builder#build()} validates; a request read from JSON (a spec file) is checked with
 * {@link #problems()}, and {@code JobsV1.create} checks again before sending. The rules are the
 * documented ones, even where the vendor's own samples break them: the seed-000 samples set both
 * {@code model_id} and {@code app_url}, and both {@code spec_id} and {@code pool_id}, and are
 * refused for exactly those reasons.
 */
public record CreateTrainingJobRequest(
        String jobName,
        String jobDesc,
        String workspaceId,
        TrainingJobConfig config,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> unknownFields) {
    /** The "what" of the {@link RequestValidationException} this request's problems produce. */
    public static final String WHAT = "Training job request";
    public static final int MAX_DESCRIPTION = 256;

    public CreateTrainingJobRequest {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    public CreateTrainingJobRequest(String jobName, String jobDesc, String workspaceId, TrainingJobConfig config) {
        this(jobName, jobDesc, workspaceId, config, Map.of());
    }

    /** Every rule this request breaks, each naming the field ({@code config.spec_id}); empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(NameRules.problems("job_name", jobName));
        problems.addAll(descriptionProblems("job_desc", jobDesc));
        if (workspaceId != null && workspaceId.isBlank()) {
            problems.add("workspace_id is blank: leave it out for the default workspace (0)");
        }
        if (config == null) {
            problems.add("config is required: what to run, on which data and resources");
        } else {
            problems.addAll(config.problems());
        }
        return problems;
    }

    /** Throws {@link RequestValidationException} listing every problem, or returns this request. */
    public CreateTrainingJobRequest validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new RequestValidationException(WHAT, problems);
        }
        return this;
    }

    /** A copy with another config, e.g. after applying overrides. */
    public CreateTrainingJobRequest withConfig(TrainingJobConfig config) {
        return new CreateTrainingJobRequest(jobName, jobDesc, workspaceId, config, unknownFields);
    }

    static List<String> descriptionProblems(String field, String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            return List.of(field + " is " + description.length() + " characters long: at most " + MAX_DESCRIPTION + " are allowed");
        }
        return List.of();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder().jobName(jobName).jobDesc(jobDesc).workspaceId(workspaceId).config(config);
    }

    /** Assembles a request; {@link #build()} validates it completely. */
    public static final class Builder {
        private String jobName;
        private String jobDesc;
        private String workspaceId;
        private TrainingJobConfig config;
        private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

        private Builder() {}

        /** 1-64 letters, digits, '_' or '-'. Derive it from the build so a retried submit can find its job. */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /** At most 256 characters. */
        public Builder jobDesc(String jobDesc) {
            this.jobDesc = jobDesc;
            return this;
        }

        /** Leave out for the default workspace {@code 0}. */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        public Builder config(TrainingJobConfig config) {
            this.config = Objects.requireNonNull(config, "config == null");
            return this;
        }

        /** Sends a top-level field this client has no setter for, as it is. */
        public Builder unknownField(String name, JsonNode value) {
            unknownFields.put(name, value);
            return this;
        }

        /** @throws RequestValidationException listing every problem */
        public CreateTrainingJobRequest build() {
            return new CreateTrainingJobRequest(jobName, jobDesc, workspaceId, config, unknownFields).validate();
        }
    }
}
