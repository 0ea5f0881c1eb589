package io.jenkins.plugins.modelarts.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import java.util.Objects;

/**
 * A training job to create, as a user wrote it: either the v1 create body of seed 000
 * ({@code job_name}, {@code job_desc}, {@code config{...}}) or a v2 create body ({@code kind},
 * {@code metadata}, {@code algorithm}, {@code spec}). Load one with {@link JobSpecLoader}.
 */
public sealed interface JobSpec permits JobSpec.V1, JobSpec.V2 {

    /** The job name the spec asks for. */
    String jobName();

    /**
     * False for a v1 spec with {@code config.create_version: false}: the job is created without a
     * version, so nothing runs and there is nothing to wait for until a version is created.
     */
    default boolean createsVersion() {
        return true;
    }

    /** Which API the spec is for: {@code "v1"} or {@code "v2"}. */
    String api();

    /** The create request's JSON body, as the client sends it (a copy: changing it changes nothing here). */
    JsonNode requestBody();

    record V1(CreateTrainingJobRequest request) implements JobSpec {
        public V1 {
            Objects.requireNonNull(request, "request == null");
        }

        @Override
        public String jobName() {
            return request.jobName();
        }

        @Override
        public boolean createsVersion() {
            return request.config() == null || !Boolean.FALSE.equals(request.config().createVersion());
        }

        @Override
        public String api() {
            return "v1";
        }

        @Override
        public JsonNode requestBody() {
            return Json.mapper().valueToTree(request);
        }
    }

    record V2(ObjectNode body) implements JobSpec {
        public V2 {
            Objects.requireNonNull(body, "body == null");
        }

        @Override
        public String jobName() {
            return body.path("metadata").path("name").asText(null);
        }

        @Override
        public String api() {
            return "v2";
        }

        @Override
        public JsonNode requestBody() {
            return body.deepCopy();
        }
    }
}
