package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads the vendor's error bodies. The code is {@code error_code}, else {@code code}; the message is
 * {@code error_message} (v1), else {@code error_msg} (v2, gateway), else {@code message}; the request
 * id is {@code request_id}, else the {@code X-Request-Id} header. When the top level has neither code
 * nor message, the first nested object that has one is used ({@code {"error": {"code": ..}}}, IAM's
 * shape). A body that is not JSON, or JSON of another shape, becomes a short single-line snippet.
 */
public final class ErrorBodies {
    private ErrorBodies() {}

    public static ApiException toApiException(int status, byte[] body, String headerRequestId, String call) {
        Optional<JsonNode> json = parse(body);
        if (json.isPresent() && json.get().isObject()) {
            return toApiException(status, json.get(), headerRequestId, call).orElseGet(
                    () -> new ApiException(status, null, snippetOrNull(body), orNull(headerRequestId), call));
        }
        return new ApiException(status, null, snippetOrNull(body), orNull(headerRequestId), call);
    }

    /** The error a JSON object describes, if it names a code or a message at the top level or one level down. */
    public static Optional<ApiException> toApiException(int status, JsonNode body, String headerRequestId, String call) {
        JsonNode source = hasCodeOrMessage(body) ? body : nestedWithCodeOrMessage(body);
        if (source == null) {
            return Optional.empty();
        }
        String code = firstText(source, "error_code", "code");
        String message = firstText(source, "error_message", "error_msg", "message");
        String requestId = firstText(body, "request_id");
        if (requestId == null) {
            requestId = firstText(source, "request_id");
        }
        return Optional.of(new ApiException(status, code, message, requestId != null ? requestId : orNull(headerRequestId), call));
    }

    private static boolean hasCodeOrMessage(JsonNode node) {
        return firstText(node, "error_code", "code", "error_message", "error_msg", "message") != null;
    }

    private static JsonNode nestedWithCodeOrMessage(JsonNode node) {
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            if (child.isObject() && hasCodeOrMessage(child)) {
                return child;
            }
        }
        return null;
    }

    /** The first of the fields that holds a non-empty scalar, as text. */
    static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    static Optional<JsonNode> parse(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.mapper().readTree(body));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static String snippetOrNull(byte[] body) {
        String s = Snippets.of(body);
        return s.isEmpty() ? null : s;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
