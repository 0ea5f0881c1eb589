package io.jenkins.plugins.modelarts.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to write: status, content type, extra headers, and a body stream of known length (-1 for none). */
record Response(int status, String contentType, Map<String, String> headers, InputStream body, long length) {
    static Response json(int status, JsonNode body) {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return new Response(status, "application/json;charset=UTF-8", new LinkedHashMap<>(), new ByteArrayInputStream(bytes), bytes.length);
    }

    static Response bytes(int status, String contentType, byte[] bytes) {
        return new Response(status, contentType, new LinkedHashMap<>(), new ByteArrayInputStream(bytes), bytes.length);
    }

    static Response empty(int status) {
        return new Response(status, null, new LinkedHashMap<>(), InputStream.nullInputStream(), -1);
    }

    Response withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
