package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Training job configurations (flat bodies, seed 003 / job-configs.md): create, list, get, update, delete. */
public final class JobConfigService {
    private final Map<String, ObjectNode> configs = new ConcurrentHashMap<>();
    private final Clock clock;

    public JobConfigService(Clock clock) {
        this.clock = clock;
    }

    public ObjectNode create(JsonNode body) {
        String name = body.path("config_name").asText(null);
        Validation.checkConfigName(name);
        check(body);
        if (configs.putIfAbsent(name, stored(name, body)) != null) {
            throw new EmulatorException(400, "ModelArts.0103", "Config name:" + name + " is existed");
        }
        return success();
    }

    public ObjectNode update(String name, JsonNode body) {
        get(name);
        check(body);
        configs.put(name, stored(name, body));
        return success();
    }

    public ObjectNode get(String name) {
        ObjectNode config = configs.get(name);
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

    public ObjectNode list(int perPage, int page, String search) {
        List<ObjectNode> all = new ArrayList<>(configs.values());
        all.removeIf(c -> search != null && !c.path("config_name").asText().contains(search));
        all.sort(Comparator.comparing(c -> c.path("config_name").asText()));
        ObjectNode out = success();
        out.put("config_total_count", all.size());
        ArrayNode list = out.putArray("configs");
        all.stream().skip((long) (Math.max(page, 1) - 1) * perPage).limit(perPage).forEach(c -> {
            ObjectNode item = list.addObject();
            for (String f : List.of("config_name", "config_desc", "create_time", "engine_id", "user_image_url", "user_command")) {
                if (c.has(f)) {
                    item.set(f, c.get(f));
                }
            }
            item.put("engine_type", 1);
            item.put("engine_name", "TensorFlow");
            item.put("engine_version", "TF-1.8.0-python3.6");
        });
        return out;
    }

    private static void check(JsonNode body) {
        List<String> problems = new ArrayList<>();
        Validation.checkV1Config(problems, body);
        if (!problems.isEmpty()) {
            throw EmulatorException.invalidV1(String.join("; ", problems).replace("config.", ""));
        }
    }

    private ObjectNode stored(String name, JsonNode body) {
        ObjectNode c = body.deepCopy();
        c.put("config_name", name);
        c.put("create_time", clock.millis());
        c.put("engine_name", "TensorFlow");
        c.put("spec_code", "modelarts.vm.gpu.p100");
        return c;
    }

    private static ObjectNode success() {
        ObjectNode out = Samples.JSON.createObjectNode();
        out.put("is_success", true);
        return out;
    }

    public void clear() {
        configs.clear();
    }
}
