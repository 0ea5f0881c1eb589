package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every answer type the client decodes, fed random, truncated, oversized and wrongly typed JSON
 * through the real {@link ResponseDecoder} and the model records: only the client's typed errors
 * ({@link ModelArtsException} subclasses) may come out, never a NullPointerException,
 * ClassCastException, StackOverflowError or the like. Seeded (the seed is in every failure message),
 * bounded in count, size (at most ~2 MB per answer) and time.
 */
class ResponseParsersFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_251_201L);
    private static final int CASES_PER_CALL = Integer.getInteger("fuzz.cases", 60);
    private static final long BUDGET_NANOS = 8_000_000_000L;
    private static final int MAX_CALLS_PER_CASE = 25;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UUID = "3faf5c03-aaa1-4cbe-879d-24b05d997347";

    /** One client call and a well-formed answer it expects, to mutate. */
    record Call(String name, String seedJson, Function<ModelArtsClient, Object> invoke) {}

    private static final List<Call> CALLS = List.of(
            new Call("v1 create", resource("CreateTrainingJobResponseTest_success.json"),
                    c -> c.jobsV1().create(v1Request())),
            new Call("v1 list", "{\"is_success\":true,\"job_total_count\":1,\"job_count_limit\":100,\"quotas\":100,"
                    + "\"jobs\":[{\"job_id\":10,\"job_name\":\"a\",\"version_id\":12,\"status\":8,\"create_time\":1,"
                    + "\"duration\":5,\"job_desc\":\"d\",\"version_count\":2}]}",
                    c -> c.jobsV1().list(ListTrainingJobsQuery.builder().build())),
            new Call("v1 versions", resource("TrainingJobVersionListTest_success.json"), c -> c.jobsV1().allVersions(10)),
            new Call("v1 version detail", resource("TrainingJobVersionTest_detail.json"), c -> c.jobsV1().version(10, 12)),
            new Call("v1 log file names", "{\"is_success\":true,\"log_file_list\":[\"job-a.0\",\"job-a.1\"]}",
                    c -> c.jobsV1().logFileNames(10, 12)),
            new Call("v1 log lines", resource("LogModelsTest_aomLog.json"),
                    c -> c.jobsV1().logLines(10, 12, "job-a.0", 10, null, "desc")),
            new Call("v2 create", resource("TrainingJobTest_detail.json"), c -> c.jobsV2().create(v2Spec())),
            new Call("v2 detail", resource("TrainingJobTest_detail.json"), c -> c.jobsV2().get(UUID)),
            new Call("v2 search", resource("TrainingJobSearchResultTest_sample.json"),
                    c -> c.jobsV2().searchAll(SearchTrainingJobsRequest.builder().build(), 200)),
            new Call("v2 log preview", "{\"content\":\"line 1\\nline 2\",\"current_size\":14,\"full_size\":14}",
                    c -> c.jobsV2().logPreview(UUID, "worker-0")),
            new Call("v2 metrics", "{\"metrics\":[{\"metric\":\"cpuUsage\",\"value\":[-1,1.5,2]},"
                    + "{\"metric\":\"gpuUtil\",\"value\":[0.2]}]}", c -> c.jobsV2().metrics(UUID, "worker-0")),
            new Call("v2 terminate", resource("TrainingJobTest_detail.json"), c -> c.jobsV2().terminate(UUID)),
            new Call("job config list", "{\"is_success\":true,\"config_total_count\":1,\"configs\":[{\"config_name\":\"c\","
                    + "\"config_desc\":\"d\",\"engine_type\":1,\"engine_name\":\"TF\",\"engine_id\":1,\"engine_version\":\"2\","
                    + "\"create_time\":1,\"worker_server_num\":1,\"user_image_url\":null}]}",
                    c -> c.jobConfigs().list(JobConfigQuery.builder().build())),
            new Call("job config", "{\"is_success\":true,\"config_name\":\"c\",\"worker_server_num\":1,\"app_url\":\"/b/a/\","
                    + "\"boot_file_url\":\"/b/a/t.py\",\"parameter\":[{\"label\":\"lr\",\"value\":\"1\"}],\"data_url\":\"/b/d/\","
                    + "\"spec_id\":1,\"engine_id\":1,\"train_url\":\"/b/o/\"}", c -> c.jobConfigs().get("c")),
            new Call("v1 error body", "{\"is_success\":false,\"error_code\":\"ModelArts.0105\",\"error_msg\":\"no such job\"}",
                    c -> c.jobsV1().version(10, 12)),
            new Call("v2 error body", "{\"error_code\":\"ModelArts.2755\",\"error_msg\":\"not found\",\"error_solution\":\"x\"}",
                    c -> c.jobsV2().get(UUID)));

    @Test
    void everyResponseParserGivesOnlyTypedErrorsOnHostileAnswers() {
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int cases = 0;
        for (int round = 0; round < CASES_PER_CALL && System.nanoTime() < deadline; round++) {
            for (Call call : CALLS) {
                long caseSeed = random.nextLong();
                runCase(call, caseSeed);
                cases++;
            }
        }
        assertThat(cases).as("cases run within the time budget").isGreaterThanOrEqualTo(CALLS.size() * 10);
    }

    @Test
    void theSeedAnswersAreReadWithoutErrors() {
        for (Call call : CALLS) {
            if (call.name().contains("error")) {
                continue;
            }
            byte[] body = call.seedJson().getBytes(StandardCharsets.UTF_8);
            ModelArtsClient client = new ModelArtsClient(request -> ResponseDecoder.decode(request, 200, body, null));
            assertThat(call.invoke().apply(client)).as(call.name()).isNotNull();
        }
    }

    private static void runCase(Call call, long caseSeed) {
        Random random = new Random(caseSeed);
        int[] calls = {0};
        List<String> answers = new ArrayList<>();
        ApiTransport transport = request -> {
            if (++calls[0] > MAX_CALLS_PER_CASE) {
                throw new TransportException("fuzz: call budget spent", new IOException("budget"));
            }
            byte[] body = mutate(call.seedJson(), random);
            int status = random.nextInt(5) == 0 ? pickStatus(random, 201, 202, 204, 400, 401, 403, 404, 429, 500, 503) : 200;
            answers.add(status + " " + preview(body));
            return ResponseDecoder.decode(request, status, body, random.nextBoolean() ? null : "req-" + random.nextInt());
        };
        String where = call.name() + " (case seed " + caseSeed + ", answers " + answers + ")";
        try {
            Object result = call.invoke().apply(new ModelArtsClient(transport));
            touch(result, where);
        } catch (ModelArtsException expected) {
            assertThat(expected.getMessage()).as(where).isNotNull();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(where + " threw " + e, e);
        }
    }

    /** Calls every public no-argument method of a decoded answer (and of the records in its lists). */
    private static void touch(Object value, String where) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            list.forEach(v -> touch(v, where));
            return;
        }
        if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(v -> touch(v, where));
            return;
        }
        assertThat(value.toString()).as(where).isNotNull();
        if (!value.getClass().getPackageName().endsWith(".model")) {
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object out = m.invoke(value);
                if (out instanceof Collection<?> c) {
                    c.forEach(v -> touchShallow(v, where));
                }
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof ModelArtsException)) {
                    fail(where + ": " + m.getName() + "() threw " + e.getCause(), e.getCause());
                }
            } catch (IllegalAccessException e) {
                // a public method of a non-public nested type; nothing to learn
            }
        }
    }

    private static void touchShallow(Object value, String where) {
        if (value != null && value.getClass().getPackageName().endsWith(".model") && !(value instanceof Collection<?>)) {
            assertThat(value.toString()).as(where).isNotNull();
        }
    }

    // ---- mutations ---------------------------------------------------------------------------

    static byte[] mutate(String seedJson, Random random) {
        int kind = random.nextInt(12);
        switch (kind) {
            case 0: {
                byte[] whole = seedJson.getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(whole, random.nextInt(whole.length + 1));
            }
            case 1: {
                byte[] garbage = new byte[random.nextInt(200)];
                random.nextBytes(garbage);
                return garbage;
            }
            case 2:
                return pick(random, "[]", "3", "\"x\"", "null", "true", "{}", "", "{\"is_success\":\"false\"}",
                        "[" + seedJson + "]", seedJson + seedJson, "{\"a\":1}}", "\uFEFF" + seedJson)
                        .getBytes(StandardCharsets.UTF_8);
            case 3:
                return deepNesting(random).getBytes(StandardCharsets.UTF_8);
            default: {
                JsonNode tree = parse(seedJson);
                int edits = 1 + random.nextInt(4);
                for (int i = 0; i < edits; i++) {
                    tree = editRandomNode(tree, random);
                }
                return tree.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String deepNesting(Random random) {
        int depth = 500 + random.nextInt(5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(random.nextInt(depth + 1));
    }

    /** Replaces, removes or inflates one node somewhere in the tree. */
    private static JsonNode editRandomNode(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty() || random.nextInt(20) == 0) {
            return randomValue(random, 0);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(5) == 0) {
                object.remove(name);
            } else {
                object.set(name, randomValue(random, 0));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextInt(5) == 0) {
                array.remove(index);
            } else {
                array.set(index, randomValue(random, 0));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.elements().forEachRemaining(child -> collect(child, out));
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 2 ? 12 : 16)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.numberNode(random.nextInt());
            case 3: return NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            case 4: return NODES.numberNode(new BigInteger(1 + random.nextInt(900), random));
            case 5: return NODES.numberNode(random.nextBoolean() ? 1e308 : -random.nextDouble());
            case 6: return NODES.textNode(hostileString(random, 1 + random.nextInt(40)));
            case 7: return NODES.textNode(random.nextBoolean() ? "10" : "{\"metric\":[");
            case 8: return NODES.textNode("x".repeat(random.nextInt(random.nextInt(10) == 0 ? 2_000_000 : 2_000)));
            case 9: return NODES.numberNode(random.nextInt(3) - 1);
            case 10: return NODES.textNode("");
            case 11: {
                ArrayNode many = NODES.arrayNode();
                int n = random.nextInt(random.nextInt(10) == 0 ? 50_000 : 200);
                for (int i = 0; i < n; i++) {
                    many.add(i);
                }
                return many;
            }
            case 12: return NODES.arrayNode();
            case 13: return NODES.objectNode();
            case 14: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(pick(random, "metric", "value", "is_success", "job_id", "status", "name", "items",
                            hostileString(random, 5)), randomValue(random, depth + 1));
                }
                return object;
            }
        }
    }

    private static String hostileString(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0xD800 + random.nextInt(0x800));
                case 2 -> "\u202E\u2066\u001b\"\\".charAt(random.nextInt(5));
                default -> (char) (0x20 + random.nextInt(0x5F));
            };
            sb.append(c);
        }
        return sb.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static int pickStatus(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return body.length + " bytes: " + text.replaceAll("\\p{Cntrl}", "?");
    }

    // ---- fixtures ----------------------------------------------------------------------------

    private static String resource(String name) {
        String path = "/io/jenkins/plugins/modelarts/client/model/" + name;
        try (InputStream in = ResponseParsersFuzzTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CreateTrainingJobRequest v1Request() {
        try {
            return Json.mapper().treeToValue(parse("{\"job_name\":\"fuzz-job\",\"config\":{\"worker_server_num\":1,"
                    + "\"app_url\":\"/fuzz-bucket/src/\",\"boot_file_url\":\"/fuzz-bucket/src/train.py\","
                    + "\"data_url\":\"/fuzz-bucket/data/\",\"spec_id\":1,\"engine_id\":1}}"), CreateTrainingJobRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode v2Spec() {
        return parse("{\"kind\":\"job\",\"metadata\":{\"name\":\"fuzz-job\"},\"algorithm\":{\"code_dir\":\"/fuzz-bucket/code/\","
                + "\"boot_file\":\"/fuzz-bucket/code/train.py\"},\"spec\":{\"resource\":{\"flavor_id\":\"f\",\"node_count\":1}}}");
    }

    @SuppressWarnings("unused")
    private static final Map<String, String> NOTE = Map.of("why", "seeded; rerun a case with -Dfuzz.seed=N");
}
