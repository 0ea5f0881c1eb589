package io.jenkins.plugins.modelarts.core.report;

import java.util.Locale;

/**
 * The unit of each system metric series and numbers for people in it: the utilisation series
 * ({@code cpuUsage}, {@code memUsage}, {@code gpuUtil}, {@code gpuMemUsage}, {@code npuUtil},
 * {@code npuMemUsage}) are percentages, the {@code *Rate} series bytes a second (shown as B/s, KB/s,
 * MB/s, GB/s, powers of 1000). Anything else has no unit.
 */
public final class MetricUnits {
    public static final String PERCENT = "%";
    public static final String BYTES_PER_SECOND = "B/s";

    private MetricUnits() {}

    /** {@code %}, {@code B/s} or {@code ""}. */
    public static String unitOf(String series) {
        if (series.endsWith("Usage") || series.endsWith("Util")) {
            return PERCENT;
        }
        return series.endsWith("Rate") ? BYTES_PER_SECOND : "";
    }

    /** A readable name: {@code gpuMemUsage} → {@code GPU memory}. */
    public static String label(String series) {
        return switch (series) {
            case "cpuUsage" -> "CPU";
            case "memUsage" -> "Memory";
            case "gpuUtil" -> "GPU";
            case "gpuMemUsage" -> "GPU memory";
            case "npuUtil" -> "NPU";
            case "npuMemUsage" -> "NPU memory";
            case "diskReadRate" -> "Disk read";
            case "diskWriteRate" -> "Disk write";
            case "recvBytesRate" -> "Network in";
            case "sendBytesRate" -> "Network out";
            default -> series;
        };
    }

    /** {@code 45.2 %}, {@code 3.9 MB/s}, or the plain number. */
    public static String format(String series, double value) {
        String unit = unitOf(series);
        if (unit.equals(PERCENT)) {
            return String.format(Locale.ROOT, "%.1f %%", value);
        }
        if (unit.equals(BYTES_PER_SECOND)) {
            return rate(value);
        }
        return Html.number(value);
    }

    /** Bytes a second with the largest unit that keeps the number at 1 or more: {@code 950 B/s}, {@code 4.0 MB/s}. */
    public static String rate(double bytesPerSecond) {
        String[] units = {"B/s", "KB/s", "MB/s", "GB/s"};
        double v = bytesPerSecond;
        int i = 0;
        while (Math.abs(v) >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return i == 0 ? String.format(Locale.ROOT, "%.0f %s", v, units[i]) : String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }
}
