package io.jenkins.plugins.modelarts.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden files {@code <TestClass>_<case>.json} next to a test class. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(Class<?> test, String name) {
        String resource = test.getSimpleName() + "_" + name;
        try (InputStream in = test.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource + " next to " + test.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <TestClass>_<name>.json} as a tree. */
    public static JsonNode json(Class<?> test, String name) {
        try {
            return Json.mapper().readTree(text(test, name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <TestClass>_<name>.json} read as {@code type}. */
    public static <T> T read(Class<?> test, String name, Class<T> type) {
        try {
            return Json.mapper().treeToValue(json(test, name), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as it goes on the wire: serialized to text and read back, so numbers compare by their text. */
    public static JsonNode tree(Object value) {
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
