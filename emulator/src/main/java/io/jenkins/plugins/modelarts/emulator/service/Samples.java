package io.jenkins.plugins.modelarts.emulator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Deterministic, plausible training output: metrics and log lines that look like an image classifier's. */
public final class Samples {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CLASSES = {"daisy", "dandelion", "roses", "sunflowers", "tulips"};

    private Samples() {}

    /** The v1 {@code model_metric_list} object: per-class values and totals with f1_score. */
    public static ObjectNode modelMetrics() {
        return modelMetrics(0.94);
    }

    /** The sample metrics scaled so that the total accuracy is {@code accuracy}. */
    public static ObjectNode modelMetrics(double accuracy) {
        double k = accuracy / 0.94;
        ObjectNode root = JSON.createObjectNode();
        ArrayNode metric = root.putArray("metric");
        double p = 0;
        double r = 0;
        for (int i = 0; i < CLASSES.length; i++) {
            double precision = (0.90 + 0.01 * i) * k;
            double recall = (0.93 - 0.01 * i) * k;
            p += precision;
            r += recall;
            ObjectNode entry = metric.addObject();
            ObjectNode values = entry.putObject("metric_values");
            values.put("recall", round(recall));
            values.put("precision", round(precision));
            values.put("accuracy", round((0.95 - 0.005 * i) * k));
            entry.putObject("reserved_data");
            ObjectNode meta = entry.putObject("metric_meta");
            meta.put("class_name", CLASSES[i]);
            meta.put("class_id", i);
        }
        double precision = p / CLASSES.length;
        double recall = r / CLASSES.length;
        ObjectNode total = root.putObject("total_metric");
        total.putObject("total_metric_meta");
        total.putObject("total_reserved_data");
        ObjectNode values = total.putObject("total_metric_values");
        values.put("f1_score", precision + recall == 0 ? 0 : round(2 * precision * recall / (precision + recall)));
        values.put("recall", round(recall));
        values.put("id", 0);
        values.put("precision", round(precision));
        values.put("accuracy", round(accuracy));
        return root;
    }

    /** The v1 {@code system_metric_list} object: series of numeric strings, one per minute. */
    public static ObjectNode systemMetrics(int minutes) {
        return systemMetrics(minutes, "balanced");
    }

    /**
     * A scripted {@code system_metric_list} (see {@code JobScript.SYSTEM_PROFILES}): percentages for CPU,
     * memory, GPU and GPU memory, bytes a second for disk and network; the first and last points are 0
     * (start-up and shut-down), as the service shows them.
     */
    public static ObjectNode systemMetrics(int minutes, String profile) {
        int n = Math.max(3, minutes + 2);
        String p = profile == null ? "balanced" : profile;
        ObjectNode root = JSON.createObjectNode();
        series(root, "cpuUsage", n, p.equals("cpu-bound") ? 95 : 35, p.equals("cpu-bound") ? 3 : 20);
        series(root, "memUsage", n, p.equals("memory-full") ? 93 : 12, p.equals("memory-full") ? 3 : 6);
        double gpu = switch (p) {
            case "gpu-underused" -> 12;
            case "cpu-bound" -> 20;
            default -> 70;
        };
        series(root, "gpuUtil", n, gpu, gpu < 50 ? 6 : 25);
        series(root, "gpuMemUsage", n, p.equals("gpu-memory-full") ? 96 : 40, p.equals("gpu-memory-full") ? 2 : 10);
        series(root, "diskReadRate", n, 80000, 20000);
        series(root, "diskWriteRate", n, 3, 2);
        series(root, "recvBytesRate", n, 4000000, 1500000);
        series(root, "sendBytesRate", n, 90000, 30000);
        root.put("interval", 1);
        return root;
    }

    private static void series(ObjectNode root, String name, int n, double base, double swing) {
        ArrayNode values = root.putArray(name);
        for (int i = 0; i < n; i++) {
            double v = i == 0 || i == n - 1 ? 0 : base + swing * Math.sin(i * 1.3);
            values.add(String.format(Locale.ROOT, "%.2f", v));
        }
    }

    /** v2 runtime metrics of a task: one value a minute, -1 where there is no data yet. */
    public static ObjectNode taskMetrics(int minutes) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode metrics = root.putArray("metrics");
        String[] names = {"cpuUsage", "memUsage", "gpuUtil", "gpuMemUsage"};
        for (int m = 0; m < names.length; m++) {
            ObjectNode metric = metrics.addObject();
            metric.put("metric", names[m]);
            ArrayNode value = metric.putArray("value");
            int n = Math.max(2, minutes + 1);
            for (int i = 0; i < n; i++) {
                value.add(i == 0 ? -1 : round(20 + 10 * m + 5 * Math.sin(i)));
            }
        }
        return root;
    }

    /** A training log: start-up lines, one line per epoch, and a summary. */
    public static List<String> logLines(String jobName, int worker, int count) {
        List<String> lines = new ArrayList<>();
        if (count == 0) {
            return lines;
        }
        lines.add("[worker-" + worker + "] starting training job " + jobName);
        int epochs = Math.max(0, count - 2);
        for (int e = 1; e <= epochs; e++) {
            double loss = 2.3 / (1 + 0.35 * e);
            double acc = 0.94 * (1 - Math.exp(-0.4 * e));
            lines.add(String.format(Locale.ROOT, "[worker-%d] epoch %d/%d: loss=%.4f accuracy=%.4f", worker, e, epochs, loss, acc));
        }
        if (count > 1) {
            lines.add("[worker-" + worker + "] training finished");
        }
        return lines.subList(0, count);
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000) / 1_000_000.0;
    }
}
