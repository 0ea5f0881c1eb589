package io.jenkins.plugins.modelarts.core.findings;

import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a job's system metrics and phases into {@link Finding}s (docs/findings.md). The metric series
 * are percentages sampled once a {@code interval}; the points before the first and after the last
 * non-zero point of a series are start-up and shut-down and are not counted. A GPU that is under-used
 * because the CPU is saturated is reported once, as {@code cpu-bound-input}. Stateless.
 */
public final class EfficiencyFindings {
    public static final String GPU_UNDERUSED = "gpu-underused";
    public static final String GPU_MEMORY_NEAR_LIMIT = "gpu-memory-near-limit";
    public static final String CPU_BOUND_INPUT = "cpu-bound-input";
    public static final String MEMORY_NEAR_LIMIT = "memory-near-limit";
    public static final String LONG_QUEUE = "long-queue";
    public static final String SLOWER_THAN_BASELINE = "slower-than-baseline";
    public static final String FASTER_THAN_BASELINE = "faster-than-baseline";
    /** Every finding id, in the order findings are listed. */
    public static final List<String> IDS = List.of(CPU_BOUND_INPUT, GPU_UNDERUSED, GPU_MEMORY_NEAR_LIMIT, MEMORY_NEAR_LIMIT,
            LONG_QUEUE, SLOWER_THAN_BASELINE, FASTER_THAN_BASELINE);

    private EfficiencyFindings() {}

    /**
     * The findings of one job.
     *
     * @param baselineDurationMillis the baseline job's running time, or null for no comparison
     */
    public static List<Finding> of(SystemMetrics metrics, JobPhases phases, Long baselineDurationMillis, FindingThresholds t) {
        Objects.requireNonNull(metrics, "metrics == null");
        Objects.requireNonNull(phases, "phases == null");
        Objects.requireNonNull(t, "t == null");
        List<Finding> findings = new ArrayList<>();
        Finding cpuBound = cpuBound(metrics, t);
        if (cpuBound != null) {
            findings.add(cpuBound);
        } else {
            add(findings, gpuUnderused(metrics, t));
        }
        add(findings, nearLimit(metrics, "gpuMemUsage", GPU_MEMORY_NEAR_LIMIT, "GPU memory", t.gpuMemoryNearLimitPercent(), t,
                "Lower the batch size, use mixed precision, or a flavor with more GPU memory, before an out-of-memory error ends a run."));
        add(findings, nearLimit(metrics, "memUsage", MEMORY_NEAR_LIMIT, "Memory", t.memoryNearLimitPercent(), t,
                "Load less data into memory at once (stream or shard it), fewer data-loader workers, or a flavor with more memory."));
        add(findings, longQueue(phases, t));
        add(findings, againstBaseline(phases, baselineDurationMillis, t));
        return List.copyOf(findings);
    }

    private static void add(List<Finding> findings, Finding f) {
        if (f != null) {
            findings.add(f);
        }
    }

    private static Finding gpuUnderused(SystemMetrics metrics, FindingThresholds t) {
        List<Double> gpu = running(metrics.series().get("gpuUtil"));
        if (gpu.size() < t.minimumSamples()) {
            return null;
        }
        long low = gpu.stream().filter(v -> v < t.gpuUnderusedPercent()).count();
        double share = (double) low / gpu.size();
        if (share < t.gpuUnderusedShare()) {
            return null;
        }
        double median = median(gpu);
        return new Finding(GPU_UNDERUSED, Finding.Level.WARNING,
                String.format(Locale.ROOT, "The GPU was under-used: utilisation below %s in %d of %d samples (%s), median %s.",
                        pct(t.gpuUnderusedPercent()), low, gpu.size(), pct(share * 100), pct(median)),
                evidence("gpu_util_median_percent", median, "under_used_share", share, "samples", (double) gpu.size()),
                "Use a smaller GPU flavor or fewer nodes, or give the GPU more work per step (a larger batch size).");
    }

    private static Finding cpuBound(SystemMetrics metrics, FindingThresholds t) {
        List<Double> cpu = metrics.series().get("cpuUsage");
        List<Double> gpu = metrics.series().get("gpuUtil");
        if (cpu == null || gpu == null) {
            return null;
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(cpu.size(), gpu.size()); i++) {
            Double c = cpu.get(i);
            Double g = gpu.get(i);
            if (c != null && g != null && (c > 0 || g > 0)) {
                pairs.add(new double[] {c, g});
            }
        }
        if (pairs.size() < t.minimumSamples()) {
            return null;
        }
        List<double[]> bound = pairs.stream().filter(p -> p[0] >= t.cpuBoundCpuPercent() && p[1] < t.cpuBoundGpuPercent()).toList();
        double share = (double) bound.size() / pairs.size();
        if (share < t.cpuBoundShare()) {
            return null;
        }
        double cpuMedian = median(pairs.stream().map(p -> p[0]).toList());
        double gpuMedian = median(pairs.stream().map(p -> p[1]).toList());
        return new Finding(CPU_BOUND_INPUT, Finding.Level.WARNING,
                String.format(Locale.ROOT, "The input pipeline held training back: CPU at or above %s while the GPU was below %s"
                        + " in %d of %d samples (median CPU %s, GPU %s).", pct(t.cpuBoundCpuPercent()),
                        pct(t.cpuBoundGpuPercent()), bound.size(), pairs.size(), pct(cpuMedian), pct(gpuMedian)),
                evidence("cpu_median_percent", cpuMedian, "gpu_util_median_percent", gpuMedian, "bound_share", share,
                        "samples", (double) pairs.size()),
                "Load data in parallel (more data-loader workers, prefetching), preprocess it before training,"
                        + " or use a flavor with more CPUs per GPU.");
    }

    private static Finding nearLimit(SystemMetrics metrics, String series, String id, String what, double limit,
            FindingThresholds t, String suggestion) {
        List<Double> points = running(metrics.series().get(series));
        if (points.size() < t.minimumSamples()) {
            return null;
        }
        double peak = points.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (peak < limit) {
            return null;
        }
        long near = points.stream().filter(v -> v >= limit).count();
        return new Finding(id, Finding.Level.WARNING,
                String.format(Locale.ROOT, "%s was near its limit: peak %s, at or above %s in %d of %d samples.",
                        what, pct(peak), pct(limit), near, points.size()),
                evidence("peak_percent", peak, "samples_near_limit", (double) near, "samples", (double) points.size()), suggestion);
    }

    private static Finding longQueue(JobPhases phases, FindingThresholds t) {
        Long queued = phases.queuedMillis();
        if (queued == null || queued < t.queuedMinutes() * 60_000) {
            return null;
        }
        return new Finding(LONG_QUEUE, Finding.Level.INFO,
                "The job waited " + Durations.humanMillis(queued) + " in the queue before it started (threshold "
                        + Durations.humanMillis((long) (t.queuedMinutes() * 60_000)) + ").",
                evidence("queued_seconds", queued / 1000.0),
                "The resource pool was busy: try a dedicated pool, another flavor or region, or a quieter time of day.");
    }

    private static Finding againstBaseline(JobPhases phases, Long baseline, FindingThresholds t) {
        Long duration = phases.durationMillis();
        if (baseline == null || duration == null || baseline <= 0 || duration <= 0 || t.durationRatio() <= 1) {
            return null;
        }
        double ratio = (double) duration / baseline;
        Map<String, Double> evidence = evidence("duration_seconds", duration / 1000.0, "baseline_seconds", baseline / 1000.0,
                "ratio", ratio);
        String times = "(" + Durations.humanMillis(duration) + " against " + Durations.humanMillis(baseline) + ")";
        if (ratio >= t.durationRatio()) {
            return new Finding(SLOWER_THAN_BASELINE, Finding.Level.WARNING,
                    String.format(Locale.ROOT, "The job ran %.1f times as long as the baseline %s.", ratio, times), evidence,
                    "Check what changed since the baseline: more data or epochs, other parameters, a smaller flavor;"
                            + " the system metrics show where the time went.");
        }
        if (ratio <= 1 / t.durationRatio()) {
            return new Finding(FASTER_THAN_BASELINE, Finding.Level.INFO,
                    String.format(Locale.ROOT, "The job ran in %.2f of the baseline's time %s.", ratio, times), evidence,
                    "Make sure it still trained on all its data and epochs (an early stop, a smaller data set?).");
        }
        return null;
    }

    /** The non-null points between the first and the last non-zero one (start-up and shut-down left out). */
    public static List<Double> running(List<Double> series) {
        if (series == null) {
            return List.of();
        }
        int first = 0;
        int last = series.size() - 1;
        while (first <= last && (series.get(first) == null || series.get(first) == 0)) {
            first++;
        }
        while (last >= first && (series.get(last) == null || series.get(last) == 0)) {
            last--;
        }
        List<Double> points = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (series.get(i) != null) {
                points.add(series.get(i));
            }
        }
        return points;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f %%" : "%.1f %%", v);
    }

    /** Evidence in the order written here, so reports list it the same way on every run ({@code Map.of} has no order). */
    private static Map<String, Double> evidence(Object... namesAndValues) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            evidence.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return evidence;
    }
}
