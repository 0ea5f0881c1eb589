package io.jenkins.plugins.modelarts.core.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Answers each call with the next scripted answer (a JSON body, or a thrown exception) and records the calls. */
final class ScriptedTransport implements ApiTransport {
    private final Deque<Supplier<JsonNode>> answers = new ArrayDeque<>();
    final List<ApiRequest> calls = new ArrayList<>();

    ScriptedTransport answer(String json) {
        answers.add(() -> {
            try {
                return Json.mapper().readTree(json);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return this;
    }

    ScriptedTransport fail(RuntimeException e) {
        answers.add(() -> {
            throw e;
        });
        return this;
    }

    /** A v1 version detail with this status code. */
    ScriptedTransport v1Status(int code) {
        return answer("{\"is_success\":true,\"job_id\":10,\"version_id\":12,\"version_name\":\"V0001\",\"status\":"
                + code + ",\"duration\":" + (code * 1000) + "}");
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        calls.add(request);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected call " + request.describe());
        }
        return answers.poll().get();
    }
}
