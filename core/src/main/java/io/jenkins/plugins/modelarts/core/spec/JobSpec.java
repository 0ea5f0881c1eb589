package io.jenkins.plugins.modelarts.core.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    }

    record V2(ObjectNode body) implements JobSpec {
        public V2 {
            Objects.requireNonNull(body, "body == null");
        }

        @Override
        public String jobName() {
            return body.path("metadata").path("name").asText(null);
        }
    }
}
