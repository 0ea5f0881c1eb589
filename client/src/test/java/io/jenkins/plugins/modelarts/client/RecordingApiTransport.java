package io.jenkins.plugins.modelarts.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * An {@link ApiTransport} that records every request and answers from a queue: canned JSON, an
 * empty answer (HTTP 204) or a thrown failure. A request with nothing queued fails the test.
 */
final class RecordingApiTransport implements ApiTransport {
    private final Deque<Supplier<JsonNode>> answers = new ArrayDeque<>();
    private final List<ApiRequest> requests = new ArrayList<>();
    /** The waits of retries above the transport (an ambiguous create's backoff); nothing really sleeps. */
    final List<Duration> sleeps = new ArrayList<>();
    private RetryPolicy retryPolicy = RetryPolicy.defaults().newBuilder().jitter(0).build();

    RecordingApiTransport retryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return this;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public Sleeper sleeper() {
        return sleeps::add;
    }

    @Override
    public Random random() {
        return new Random(42);
    }

    RecordingApiTransport enqueue(String json) {
        JsonNode body = parse(json);
        answers.add(() -> body);
        return this;
    }

    RecordingApiTransport enqueueEmpty() {
        answers.add(MissingNode::getInstance);
        return this;
    }

    RecordingApiTransport enqueueFailure(RuntimeException failure) {
        answers.add(() -> {
            throw failure;
        });
        return this;
    }

    /** A failure made when the request arrives, for failures that take time or change the world. */
    RecordingApiTransport enqueueFailure(Supplier<RuntimeException> failure) {
        answers.add(() -> {
            throw failure.get();
        });
        return this;
    }

    @Override
    public synchronized JsonNode execute(ApiRequest request) {
        requests.add(request);
        Supplier<JsonNode> answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected request " + request.describe());
        }
        return answer.get();
    }

    List<ApiRequest> requests() {
        return List.copyOf(requests);
    }

    ApiRequest only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + describe());
        }
        return requests.get(0);
    }

    ApiRequest request(int index) {
        return requests.get(index);
    }

    /** Each request as {@code METHOD /v1/{project_id}/path?query}. */
    List<String> describe() {
        return requests.stream().map(RecordingApiTransport::line).toList();
    }

    boolean allAnswersUsed() {
        return answers.isEmpty();
    }

    static String line(ApiRequest r) {
        StringBuilder sb = new StringBuilder(r.describe());
        for (int i = 0; i < r.query().size(); i++) {
            Map.Entry<String, String> q = r.query().get(i);
            sb.append(i == 0 ? '?' : '&').append(q.getKey()).append('=').append(q.getValue());
        }
        return sb.toString();
    }

    static Map<String, String> query(ApiRequest r) {
        Map<String, String> map = new LinkedHashMap<>();
        r.query().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** The body as it would go on the wire (serialized once, read back), or null. */
    static JsonNode body(ApiRequest r) {
        if (r.body() == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsString(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
