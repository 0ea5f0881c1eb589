package io.jenkins.plugins.modelarts.core.preflight;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the pre-flight checked: the request field ({@code config.data_url},
 * {@code algorithm.inputs[0].remote.obs.obs_url}, {@code config.spec_id}), its value as the request
 * has it, the {@link CheckResult} and what was found, in words.
 */
public record PreflightCheck(String what, String path, CheckResult result, String detail) {
    public PreflightCheck {
        Objects.requireNonNull(what, "what == null");
        Objects.requireNonNull(result, "result == null");
        detail = detail == null ? "" : detail;
    }

    /** One console line, every text shown safely: {@code missing    config.data_url /bucket/data/: nothing under it}. */
    public String line() {
        return ConsoleText.safe(String.format("%-10s %s %s: %s", result.label(), what, path, detail));
    }

    /** {@code what}, {@code path}, {@code result} ({@code ok|missing|unchecked}), {@code detail}: the JSON and step-map shape. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("what", what);
        map.put("path", path);
        map.put("result", result.label());
        map.put("detail", detail);
        return map;
    }
}
