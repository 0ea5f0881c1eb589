package io.jenkins.plugins.modelarts.client.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import java.util.Random;

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

    /**
     * As {@link #execute(ApiRequest)}, finishing by {@code deadline} (null for none): every attempt,
     * retry and backoff sleep ends by then, or a {@code DeadlineExceededException} is thrown.
     * Transports that cannot bound a call ignore it.
     */
    default JsonNode execute(ApiRequest request, Deadline deadline) {
        return execute(request);
    }

    /** The deadline every call through this transport keeps, if it was given one; null otherwise. */
    default Deadline deadline() {
        return null;
    }

    /**
     * The policy for retries made above the transport (the recovery of an ambiguous create). Default:
     * {@link RetryPolicy#none()}, for transports that do not retry.
     */
    default RetryPolicy retryPolicy() {
        return RetryPolicy.none();
    }

    /** How retries above the transport wait. */
    default Sleeper sleeper() {
        return Sleeper.SYSTEM;
    }

    /** The jitter source for retries above the transport. */
    default Random random() {
        return new Random();
    }
}
