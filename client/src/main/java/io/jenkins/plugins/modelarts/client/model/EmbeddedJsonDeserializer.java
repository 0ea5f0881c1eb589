package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.io.IOException;

/**
 * Reads a field that ModelArts sends either as JSON or as a string holding JSON, such as v1
 * {@code model_metric_list} and {@code system_metric_list}: the versions list sends
 * {@code "{\"cpuUsage\":[...]}"}, the version detail sends the object itself.
 *
 * <ul>
 *   <li>an object or array is kept as it is;
 *   <li>a string whose whole text is a JSON object or array becomes that object or array;
 *   <li>null, an empty or blank string, or the text {@code null} become Java {@code null};
 *   <li>any other string (malformed JSON, a bare word) is kept as a text node, so a bad value
 *       never fails the whole response; readers treat a text node as "could not be read".
 * </ul>
 */
public final class EmbeddedJsonDeserializer extends StdDeserializer<JsonNode> {
    private static final long serialVersionUID = 1L;
    private static final ObjectReader STRICT_READER =
            Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public EmbeddedJsonDeserializer() {
        super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return normalize(ctxt.readTree(p));
    }

    @Override
    public JsonNode getNullValue(DeserializationContext ctxt) {
        return null;
    }

    /** Applies the rules above to a node already read; null-safe. */
    public static JsonNode normalize(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isTextual()) {
            return node;
        }
        String text = node.textValue().trim();
        if (text.isEmpty() || text.equals("null")) {
            return null;
        }
        try {
            JsonNode parsed = STRICT_READER.readTree(text);
            return parsed != null && parsed.isContainerNode() ? parsed : node;
        } catch (JsonProcessingException malformed) {
            return node;
        }
    }
}
