package io.jenkins.plugins.modelarts.core.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place the efficiency findings' thresholds are defined (documented in docs/findings.md).
 * Percentages are of the resource (0-100); shares are fractions of the running samples (0-1).
 * Tune them with {@link #with(Map)} ({@code gpu_underused_percent=20}), as the CLI's
 * {@code --threshold} and the steps' {@code findingThresholds} do.
 *
 * @param gpuUnderusedPercent a sample with GPU utilisation below this is "under-used"
 * @param gpuUnderusedShare {@code gpu-underused} when at least this share of samples is under-used
 * @param gpuMemoryNearLimitPercent {@code gpu-memory-near-limit} when GPU memory peaks at or above this
 * @param cpuBoundCpuPercent a sample at or above this CPU ...
 * @param cpuBoundGpuPercent ... and below this GPU is "input-bound"
 * @param cpuBoundShare {@code cpu-bound-input} when at least this share of samples is input-bound
 * @param memoryNearLimitPercent {@code memory-near-limit} when memory peaks at or above this
 * @param queuedMinutes {@code long-queue} when the job waited at least this long to start
 * @param durationRatio {@code duration-vs-baseline} when the job ran this many times longer (or shorter) than the baseline
 * @param minimumSamples fewer running samples than this give no metric findings
 */
public record FindingThresholds(
        double gpuUnderusedPercent,
        double gpuUnderusedShare,
        double gpuMemoryNearLimitPercent,
        double cpuBoundCpuPercent,
        double cpuBoundGpuPercent,
        double cpuBoundShare,
        double memoryNearLimitPercent,
        double queuedMinutes,
        double durationRatio,
        double minimumSamples) {

    public static FindingThresholds defaults() {
        return new FindingThresholds(30, 0.6, 90, 85, 40, 0.5, 90, 10, 2, 3);
    }

    /** The names {@link #with(Map)} accepts, with their values here. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("gpu_underused_percent", gpuUnderusedPercent);
        m.put("gpu_underused_share", gpuUnderusedShare);
        m.put("gpu_memory_near_limit_percent", gpuMemoryNearLimitPercent);
        m.put("cpu_bound_cpu_percent", cpuBoundCpuPercent);
        m.put("cpu_bound_gpu_percent", cpuBoundGpuPercent);
        m.put("cpu_bound_share", cpuBoundShare);
        m.put("memory_near_limit_percent", memoryNearLimitPercent);
        m.put("queued_minutes", queuedMinutes);
        m.put("duration_ratio", durationRatio);
        m.put("minimum_samples", minimumSamples);
        return m;
    }

    /**
     * These thresholds with some replaced by name; every unknown name or bad value is reported together.
     *
     * @throws IllegalArgumentException listing the problems and the known names
     */
    public FindingThresholds with(Map<String, String> overrides) {
        Map<String, Double> m = asMap();
        List<String> problems = new ArrayList<>();
        overrides.forEach((name, text) -> {
            String key = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (!m.containsKey(key)) {
                problems.add("unknown finding threshold '" + name + "': expected one of " + String.join(", ", m.keySet()));
                return;
            }
            try {
                double v = Double.parseDouble(text.trim());
                if (!Double.isFinite(v) || v < 0) {
                    throw new NumberFormatException();
                }
                m.put(key, v);
            } catch (NumberFormatException e) {
                problems.add("finding threshold " + name + " must be a number of at least 0, got '" + text + "'");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new FindingThresholds(m.get("gpu_underused_percent"), m.get("gpu_underused_share"),
                m.get("gpu_memory_near_limit_percent"), m.get("cpu_bound_cpu_percent"), m.get("cpu_bound_gpu_percent"),
                m.get("cpu_bound_share"), m.get("memory_near_limit_percent"), m.get("queued_minutes"),
                m.get("duration_ratio"), m.get("minimum_samples"));
    }

    /** Reads {@code name=value} items (a gate's or a CLI's list); blank items are skipped. */
    public FindingThresholds with(List<String> assignments) {
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String a : assignments) {
            if (a == null || a.isBlank()) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0) {
                problems.add("'" + a + "' is not a finding threshold: expected NAME=NUMBER, e.g. gpu_underused_percent=20");
            } else {
                overrides.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return with(overrides);
    }
}
