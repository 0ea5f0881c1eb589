package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends {@link ApiRequest}s: adds the project id, authenticates (AK/SK signature or IAM token),
 * retries what may be retried, and turns failures into the exceptions of
 * {@code io.jenkins.plugins.modelarts.client.errors}.
 *
 * <p>Returns the parsed response body, or a {@code MissingNode} when the body is empty (HTTP 204,
 * or a 2xx with no content). Never returns null. Implementations are thread-safe.
 */
public interface ApiTransport {
    JsonNode execute(ApiRequest request);
}
