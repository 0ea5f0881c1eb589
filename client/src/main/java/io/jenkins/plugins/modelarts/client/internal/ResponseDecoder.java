package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import java.io.IOException;

/**
 * Judges one ModelArts answer: a 2xx body becomes a {@link JsonNode} ({@code MissingNode} when empty);
 * any other status, and a v1 body with {@code "is_success": false} whatever the status, becomes an
 * {@link ApiException}; a 2xx body that is not JSON becomes a {@link ResponseDecodingException} whose
 * message quotes at most a short single-line prefix of it.
 */
final class ResponseDecoder {
    private static final ObjectReader STRICT = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ResponseDecoder() {}

    static JsonNode decode(ApiRequest request, int status, byte[] body, String headerRequestId) {
        String call = request.describe();
        if (status < 200 || status > 299) {
            throw ErrorBodies.toApiException(status, body, headerRequestId, call);
        }
        JsonNode node = parseSuccess(call, status, body);
        if (request.family() == ApiFamily.V1 && isV1Failure(node)) {
            throw ErrorBodies.toApiException(status, node, headerRequestId, call)
                    .orElseGet(() -> new ApiException(status, null, "is_success is false", headerRequestId, call));
        }
        return node;
    }

    private static JsonNode parseSuccess(String call, int status, byte[] body) {
        if (isBlank(body)) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = STRICT.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            throw new ResponseDecodingException(
                    "Could not parse the response of " + call + " (HTTP " + status + "): " + Snippets.of(body), e);
        }
    }

    /** {@code "is_success": false}, or the string {@code "false"} some samples show. */
    private static boolean isV1Failure(JsonNode node) {
        JsonNode flag = node.path("is_success");
        return (flag.isBoolean() && !flag.booleanValue()) || (flag.isTextual() && flag.asText().equalsIgnoreCase("false"));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
