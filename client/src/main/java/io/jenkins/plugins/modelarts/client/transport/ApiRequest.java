package io.jenkins.plugins.modelarts.client.transport;

import io.jenkins.plugins.modelarts.client.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One ModelArts API call, before the project id, signing and encoding are applied.
 *
 * <p>{@code pathSegments} are raw (unencoded) segments after {@code /{family}/{project_id}/}, for
 * example {@code ["training-jobs", "10", "versions"]}. {@code query} keeps insertion order; null
 * values are dropped by the builder. {@code body} is serialized once with {@link Json#mapper()}
 * (null for no body). {@code idempotent} tells the transport whether an ambiguous failure (an I/O
 * error after sending, a 5xx) may be retried blindly: it must be false for creates.
 */
public record ApiRequest(
        ApiFamily family,
        String method,
        List<String> pathSegments,
        List<Map.Entry<String, String>> query,
        Object body,
        boolean idempotent) {

    public ApiRequest {
        Objects.requireNonNull(family, "family == null");
        Objects.requireNonNull(method, "method == null");
        pathSegments = List.copyOf(pathSegments);
        query = List.copyOf(query);
    }

    /** The path without project id, for messages: {@code v1/training-jobs/10/versions}. */
    public String describe() {
        return method + " /" + family.pathPrefix() + "/{project_id}/" + String.join("/", pathSegments);
    }

    public static Builder get(ApiFamily family, String... segments) {
        return new Builder(family, "GET", segments).idempotent(true);
    }

    public static Builder delete(ApiFamily family, String... segments) {
        return new Builder(family, "DELETE", segments).idempotent(true);
    }

    /** A POST is not idempotent unless the caller says so (searches and stops are). */
    public static Builder post(ApiFamily family, String... segments) {
        return new Builder(family, "POST", segments).idempotent(false);
    }

    public static Builder put(ApiFamily family, String... segments) {
        return new Builder(family, "PUT", segments).idempotent(true);
    }

    public static final class Builder {
        private final ApiFamily family;
        private final String method;
        private final List<String> segments;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Object body;
        private boolean idempotent;

        private Builder(ApiFamily family, String method, String... segments) {
            this.family = family;
            this.method = method;
            this.segments = new ArrayList<>();
            Collections.addAll(this.segments, segments);
        }

        /** Adds a query parameter; a null value leaves it out. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(family, method, segments, query, body, idempotent);
        }
    }
}
