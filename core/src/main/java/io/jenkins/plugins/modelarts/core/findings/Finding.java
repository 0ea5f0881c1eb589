package io.jenkins.plugins.modelarts.core.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a job's system metrics or phases say about how efficiently it trained, with the numbers
 * it rests on and a suggestion in plain words. {@link #id()} is what gate rules name
 * ({@code finding:gpu-underused == 0}).
 *
 * @param id one of {@link FindingKind}'s ids
 * @param level how much it matters
 * @param summary one sentence with the numbers, for people
 * @param evidence the numbers, by name ({@code gpu_util_median_percent}), with their unit in the name
 * @param suggestion what to try
 */
public record Finding(String id, Level level, String summary, Map<String, Double> evidence, String suggestion) {
    /** How much a finding matters: {@code warning} wastes money or risks failing, {@code info} is worth a look. */
    public enum Level {
        INFO,
        WARNING
    }

    public Finding {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(summary, "summary == null");
        Objects.requireNonNull(suggestion, "suggestion == null");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
