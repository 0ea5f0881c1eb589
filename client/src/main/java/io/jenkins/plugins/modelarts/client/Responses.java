package io.jenkins.plugins.modelarts.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;

/** Turns a transport's JSON answer into a model record, naming the call when it cannot. */
final class Responses {
    private Responses() {}

    /** Reads {@code body} as {@code type}; an empty answer is a decoding failure. */
    static <T> T decode(ApiRequest request, JsonNode body, Class<T> type) {
        if (isEmpty(body)) {
            throw new ResponseDecodingException("The answer to " + request.describe() + " was empty; expected "
                    + type.getSimpleName(), null);
        }
        try {
            T value = Json.mapper().treeToValue(body, type);
            if (value == null) {
                throw new ResponseDecodingException("The answer to " + request.describe() + " was null; expected "
                        + type.getSimpleName(), null);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ResponseDecodingException("Cannot read the answer to " + request.describe() + " as "
                    + type.getSimpleName() + ": " + firstLine(detail), e);
        }
    }

    /** As {@link #decode}, but an empty answer (HTTP 204, no body) gives {@code whenEmpty}. */
    static <T> T decodeOrDefault(ApiRequest request, JsonNode body, Class<T> type, T whenEmpty) {
        return isEmpty(body) ? whenEmpty : decode(request, body, type);
    }

    static boolean isEmpty(JsonNode body) {
        return body == null || body.isMissingNode() || body.isNull();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unexpected shape";
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
