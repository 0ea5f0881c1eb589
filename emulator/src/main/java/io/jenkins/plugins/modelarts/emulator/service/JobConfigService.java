package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training job configurations (flat bodies, seed 003 / job-configs.md): create, list, get, update,
 * delete, with the vendor's read-only sample configurations under {@code config_type=sample}.
 */
public final class JobConfigService {
    private static final Set<String> SORT_KEYS = Set.of("config_name", "config_desc", "create_time");
    private static final List<String> LIST_FIELDS = List.of("config_name", "config_desc", "create_time", "engine_type",
            "engine_name", "engine_id", "engine_version", "user_image_url", "user_command");
    private static final Map<String, ObjectNode> SAMPLES = samples();

    private final Map<String, ObjectNode> configs = new ConcurrentHashMap<>();
    private final Clock clock;

    /** The list query as sent; null means "not sent". */
    public record ListQuery(int perPage, int page, String sortBy, String order, String searchContent, String configType) {}

    public JobConfigService(Clock clock) {
        this.clock = clock;
    }

    public ObjectNode create(JsonNode body) {
        String name = body.path("config_name").asText(null);
        Validation.checkConfigName(name);
        check(body);
        if (configs.putIfAbsent(name, stored(name, body, clock.millis())) != null) {
            throw new EmulatorException(400, "ModelArts.0103", "Config name:" + name + " is existed");
        }
        return success();
    }

    public ObjectNode update(String name, JsonNode body) {
        ObjectNode old = get(name, null);
        check(body);
        configs.put(name, stored(name, body, old.path("create_time").asLong()));
        return success();
    }

    public ObjectNode get(String name, String configType) {
        ObjectNode config = store(configType(configType)).get(name);
        if (config == null) {
            throw EmulatorException.invalidV1("Config " + name + " does not exist");
        }
        ObjectNode out = config.deepCopy();
        out.put("is_success", true);
        return out;
    }

    public ObjectNode delete(String name) {
        if (configs.remove(name) == null) {
            throw EmulatorException.invalidV1("Config " + name + " does not exist");
        }
        return success();
    }

    public ObjectNode list(ListQuery q) {
        String type = configType(q.configType());
        String sortBy = q.sortBy() == null ? "config_name" : q.sortBy();
        checkListQuery(q, type, sortBy);
        List<ObjectNode> all = new ArrayList<>(store(type).values());
        all.removeIf(c -> q.searchContent() != null && !c.path("config_name").asText().contains(q.searchContent()));
        Comparator<ObjectNode> order = sortBy.equals("create_time")
                ? Comparator.comparingLong(c -> c.path("create_time").asLong())
                : Comparator.comparing(c -> c.path(sortBy).asText(""));
        order = order.thenComparing(c -> c.path("config_name").asText());
        all.sort("asc".equals(q.order()) ? order : order.reversed());
        ObjectNode out = success();
        out.put("config_total_count", all.size());
        ArrayNode list = out.putArray("configs");
        all.stream().skip((long) (q.page() - 1) * q.perPage()).limit(q.perPage()).forEach(c -> {
            ObjectNode item = list.addObject();
            LIST_FIELDS.stream().filter(c::has).forEach(f -> item.set(f, c.get(f)));
        });
        return out;
    }

    private static void checkListQuery(ListQuery q, String type, String sortBy) {
        List<String> problems = new ArrayList<>();
        if (q.perPage() < 1 || q.perPage() > 1000) {
            problems.add("per_page must be between 1 and 1000");
        }
        if (q.page() < 1) {
            problems.add("page must be at least 1");
        }
        if (!SORT_KEYS.contains(sortBy)) {
            problems.add("sortBy must be config_name, config_desc or create_time");
        } else if (type.equals("sample") && sortBy.equals("create_time")) {
            problems.add("sample configs cannot be sorted by create_time");
        }
        if (q.order() != null && !q.order().equals("asc") && !q.order().equals("desc")) {
            problems.add("order must be asc or desc");
        }
        if (!problems.isEmpty()) {
            throw EmulatorException.invalidV1(String.join("; ", problems));
        }
    }

    private static String configType(String configType) {
        if (configType == null || configType.isEmpty() || configType.equals("custom")) {
            return "custom";
        }
        if (configType.equals("sample")) {
            return "sample";
        }
        throw EmulatorException.invalidV1("config_type must be custom or sample");
    }

    private Map<String, ObjectNode> store(String type) {
        return type.equals("sample") ? SAMPLES : configs;
    }

    private static void check(JsonNode body) {
        List<String> problems = new ArrayList<>();
        Validation.checkV1Config(problems, body);
        if (body.path("config_desc").asText("").length() > 256) {
            problems.add("config_desc must be at most 256 characters");
        }
        if (!problems.isEmpty()) {
            throw EmulatorException.invalidV1(String.join("; ", problems).replace("config.", ""));
        }
    }

    /** The body as stored, with the response-only fields the detail answer adds from the catalog. */
    private static ObjectNode stored(String name, JsonNode body, long createTime) {
        ObjectNode c = body.deepCopy();
        c.put("config_name", name);
        c.put("create_time", createTime);
        long engineId = c.has("model_id")
                ? Catalog.algorithm(c.path("model_id").asLong()).map(a -> a.path("engine_id").asLong()).orElse(1L)
                : c.path("engine_id").asLong(1);
        Catalog.engine(engineId).ifPresent(e -> {
            c.put("engine_type", e.path("engine_id").asLong());
            c.put("engine_name", e.path("engine_name").asText());
            c.put("engine_version", e.path("engine_version").asText());
        });
        if (c.has("spec_id")) {
            Catalog.spec(c.path("spec_id").asLong()).ifPresent(s -> {
                for (String f : List.of("spec_code", "gpu_type", "gpu_num", "cpu", "core")) {
                    c.set(f, s.get(f));
                }
            });
        }
        return c;
    }

    private static ObjectNode success() {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        return out;
    }

    /** The vendor's sample configurations: read-only, the same in every project. */
    private static Map<String, ObjectNode> samples() {
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        try {
            for (JsonNode body : Samples.JSON.readTree("""
                    [{"config_name": "mnist_tf_sample", "config_desc": "MNIST with TensorFlow", "worker_server_num": 1,
                      "app_url": "/modelarts-samples/mnist/code/", "boot_file_url": "/modelarts-samples/mnist/code/train.py",
                      "data_url": "/modelarts-samples/mnist/data/", "spec_id": 1, "engine_id": 1,
                      "parameter": [{"label": "max_steps", "value": "1000"}, {"label": "batch_size", "value": "64"}]},
                     {"config_name": "resnet_builtin_sample", "config_desc": "ResNet-50 built-in algorithm",
                      "worker_server_num": 1, "model_id": 1, "data_url": "/modelarts-samples/flowers/data/", "spec_id": 1,
                      "parameter": [{"label": "lr", "value": "0.01"}]}]""")) {
                String name = body.path("config_name").asText();
                samples.put(name, stored(name, body, 1_546_300_800_000L));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(samples);
    }

    public void clear() {
        configs.clear();
    }
}
