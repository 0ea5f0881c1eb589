package io.jenkins.plugins.modelarts.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One received request: what routing, auth and the services need, read once from the exchange. */
record Request(String method, String rawPath, String rawQuery, List<String> segments, Map<String, String> query,
        Map<String, String> headers, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(decode(name), decode(value));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        return new Request(exchange.getRequestMethod(), rawPath, rawQuery, List.copyOf(segments), query, headers, body);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** The body as JSON; an invalid body is the API's invalid-JSON error. */
    JsonNode json() {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw EmulatorException.badJson(e.getMessage() == null ? "unreadable" : firstLine(e.getMessage()));
        }
    }

    Integer intQuery(String name, Integer fallback) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw EmulatorException.invalidV1(name + " must be a number, got " + v);
        }
    }

    long longSegment(int index) {
        try {
            return Long.parseLong(segments.get(index));
        } catch (NumberFormatException e) {
            throw EmulatorException.invalidV1("'" + segments.get(index) + "' is not a job or version id");
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
