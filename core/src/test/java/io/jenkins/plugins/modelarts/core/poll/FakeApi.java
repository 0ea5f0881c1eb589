package io.jenkins.plugins.modelarts.core.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A tiny in-memory ModelArts behind {@link ApiTransport}: v1 jobs with versions (the list shows each
 * job's latest version, newest job first), v2 jobs with a phase, scripted failures, and a record of
 * every call. Status codes and phases change only when a test sets them.
 */
final class FakeApi implements ApiTransport {
    private static final Set<String> ACTIVE = Set.of("creating", "pending", "running", "terminating");

    /** v1: job id to (version id to status code), in creation order. */
    private final Map<Long, Map<Long, Integer>> v1 = new LinkedHashMap<>();
    private final Map<String, String> v2 = new LinkedHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    final List<ApiRequest> calls = new ArrayList<>();

    private record Failure(Predicate<ApiRequest> when, RuntimeException error) {}

    FakeApi v1(long jobId, long versionId, int status) {
        v1.computeIfAbsent(jobId, id -> new LinkedHashMap<>()).put(versionId, status);
        return this;
    }

    FakeApi v2(String id, String phase) {
        v2.put(id, phase);
        return this;
    }

    /** The next call matching {@code when} throws {@code error} (once). */
    FakeApi failOnce(Predicate<ApiRequest> when, RuntimeException error) {
        failures.add(new Failure(when, error));
        return this;
    }

    static boolean isList(ApiRequest r) {
        return r.family() == ApiFamily.V1 && r.pathSegments().size() == 1;
    }

    static boolean isSearch(ApiRequest r) {
        return r.family() == ApiFamily.V2 && r.pathSegments().get(0).equals("training-job-searches");
    }

    static boolean isDetail(ApiRequest r) {
        return !isList(r) && !isSearch(r);
    }

    static ApiException error(int status, String code) {
        return new ApiException(status, code, "scripted", null, "test");
    }

    long count(Predicate<ApiRequest> which) {
        return calls.stream().filter(which).count();
    }

    @Override
    public synchronized JsonNode execute(ApiRequest request) {
        calls.add(request);
        for (Failure f : failures) {
            if (f.when().test(request)) {
                failures.remove(f);
                throw f.error();
            }
        }
        if (isList(request)) {
            return list(request);
        }
        if (isSearch(request)) {
            return search(request);
        }
        List<String> path = request.pathSegments();
        if (request.family() == ApiFamily.V1) {
            Map<Long, Integer> versions = v1.get(Long.parseLong(path.get(1)));
            Integer status = versions == null ? null : versions.get(Long.parseLong(path.get(3)));
            if (status == null) {
                throw error(404, "ModelArts.0110");
            }
            return Json.mapper().createObjectNode().put("is_success", true).put("job_id", Long.parseLong(path.get(1)))
                    .put("version_id", Long.parseLong(path.get(3))).put("status", status);
        }
        String phase = v2.get(path.get(1));
        if (phase == null) {
            throw error(404, "ModelArts.2775");
        }
        return v2Job(path.get(1), phase);
    }

    private JsonNode list(ApiRequest request) {
        int perPage = Integer.parseInt(query(request, "per_page"));
        int page = Integer.parseInt(query(request, "page"));
        List<Long> ids = new ArrayList<>(v1.keySet());
        java.util.Collections.reverse(ids); // newest first
        ObjectNode out = Json.mapper().createObjectNode().put("is_success", true).put("job_total_count", ids.size());
        ArrayNode jobs = out.putArray("jobs");
        ids.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(id -> {
            Map<Long, Integer> versions = v1.get(id);
            long latest = versions.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            jobs.addObject().put("job_id", id).put("job_name", "job-" + id).put("version_id", latest)
                    .put("status", versions.get(latest));
        });
        return out;
    }

    private JsonNode search(ApiRequest request) {
        JsonNode body = Json.mapper().valueToTree(request.body());
        int limit = body.path("limit").asInt();
        int offset = body.path("offset").asInt();
        List<String> active = new ArrayList<>();
        v2.forEach((id, phase) -> {
            if (ACTIVE.contains(phase.toLowerCase(java.util.Locale.ROOT))) {
                active.add(id);
            }
        });
        ObjectNode out = Json.mapper().createObjectNode().put("total", v2.size()).put("count", active.size())
                .put("limit", limit).put("offset", offset);
        ArrayNode items = out.putArray("items");
        active.stream().skip((long) offset * limit).limit(limit).forEach(id -> items.add(v2Job(id, v2.get(id))));
        return out;
    }

    private static ObjectNode v2Job(String id, String phase) {
        ObjectNode job = Json.mapper().createObjectNode();
        job.putObject("metadata").put("id", id).put("name", "job-" + id.substring(0, 8));
        job.putObject("status").put("phase", phase);
        return job;
    }

    private static String query(ApiRequest request, String name) {
        return request.query().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + request.describe()));
    }
}
