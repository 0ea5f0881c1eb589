package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a finished (or current) job is shown, and what exit code its state means. */
final class JobReport {
    private JobReport() {}

    static int exitCode(JobSnapshot snapshot) {
        return snapshot.state() == JobState.COMPLETED ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    /** One summary line, then metrics for v1 versions that report them. */
    static void print(Output out, JobSnapshot snapshot) {
        out.object(snapshot.detail());
        String verdict = switch (snapshot.state()) {
            case COMPLETED -> "completed";
            case FAILED -> "FAILED";
            case STOPPED -> "was STOPPED";
            default -> "is " + snapshot.state().name().toLowerCase(Locale.ROOT);
        };
        out.line(snapshot.ref() + " " + verdict + " (" + snapshot.statusName() + ")"
                + (snapshot.durationMillis() == null ? "" : " after " + Durations.humanMillis(snapshot.durationMillis())));
        printFailure(out, snapshot);
        if (snapshot.detail() instanceof TrainingJobVersion version) {
            printMetrics(out, version);
            printFindings(out, io.jenkins.plugins.modelarts.core.report.TrainingReport.from(snapshot).findings());
        }
    }

    /** A failed v2 job's secondary phase and task statuses, one line each ({@link JobFailure}). */
    static void printFailure(Output out, JobSnapshot snapshot) {
        JobFailure.of(snapshot.detail()).ifPresent(f -> f.lines().forEach(l -> out.line("  " + l)));
    }

    static void printMetrics(Output out, TrainingJobVersion version) {
        ModelMetrics metrics = ModelMetrics.from(version.modelMetricList());
        if (!metrics.totals().isEmpty()) {
            out.line("Metrics: " + format(metrics.totals()));
        }
        if (!metrics.classes().isEmpty()) {
            TextTable table = new TextTable("CLASS", "ID", "PRECISION", "RECALL", "ACCURACY");
            for (ClassMetrics c : metrics.classes()) {
                table.row(c.className(), c.classId(), num(c.values().get("precision")),
                        num(c.values().get("recall")), num(c.values().get("accuracy")));
            }
            out.table(table);
        }
        SystemMetrics system = SystemMetrics.from(version.systemMetricList());
        if (!system.series().isEmpty()) {
            StringBuilder peaks = new StringBuilder("Peak usage:");
            for (String name : system.series().keySet()) {
                system.peak(name).ifPresent(p -> peaks.append(' ').append(name).append(' ').append(num(p)));
            }
            out.line(peaks.toString());
        }
        for (String note : metrics.notes()) {
            out.line("(" + note + ")");
        }
    }

    /** The efficiency findings, one line each with the suggestion indented below (docs/findings.md). */
    static void printFindings(Output out, java.util.List<io.jenkins.plugins.modelarts.core.findings.Finding> findings) {
        for (var f : findings) {
            out.line("Finding " + f.id() + " (" + f.level().name().toLowerCase(Locale.ROOT) + "): " + f.summary());
            out.line("  " + f.suggestion());
        }
    }

    static String format(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " " + num(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String num(Double v) {
        if (v == null) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf(v.longValue());
        }
        double abs = Math.abs(v);
        return String.format(Locale.ROOT, abs >= 1000 ? "%.0f" : abs >= 10 ? "%.2f" : "%.4f", v);
    }
}
