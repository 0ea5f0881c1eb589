package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.findings.Finding;
import io.jenkins.plugins.modelarts.core.job.Durations;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of the HTML report added for people who act on it: the findings (at the top), the
 * deltas against a baseline, and evidence numbers with their units. All text is escaped.
 */
final class ReportSections {
    private ReportSections() {}

    /** The findings, warnings first, each with its numbers and suggestion; or a line saying there are none. */
    static void findings(StringBuilder html, TrainingReport report) {
        html.append("<section class=\"findings\"><h2>Findings</h2>\n");
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            html.append("<p class=\"notes\">No efficiency findings")
                    .append(report.systemMetrics().series().isEmpty() ? " (no system metrics to judge)" : "")
                    .append(".</p>\n</section>\n");
            return;
        }
        findings.stream().sorted((a, b) -> b.level().compareTo(a.level())).forEach(f -> {
            String level = f.level().name().toLowerCase(Locale.ROOT);
            html.append("<div class=\"finding ").append(level).append("\" id=\"finding-").append(Html.escape(f.id())).append("\">")
                    .append("<p><span class=\"badge\">").append(level).append("</span> <strong>")
                    .append(Html.escape(f.summary())).append("</strong> <code>").append(Html.escape(f.id())).append("</code></p>")
                    .append("<p class=\"evidence\">");
            boolean first = true;
            for (Map.Entry<String, Double> e : f.evidence().entrySet()) {
                html.append(first ? "" : " · ").append(Html.escape(e.getKey().replace('_', ' '))).append(": ")
                        .append(Html.escape(evidence(e.getKey(), e.getValue())));
                first = false;
            }
            html.append("</p><p class=\"suggestion\">").append(Html.escape(f.suggestion())).append("</p></div>\n");
        });
        html.append("</section>\n");
    }

    /** An evidence number in its unit, which its name ends with. */
    static String evidence(String name, double v) {
        if (name.endsWith("_percent")) {
            return String.format(Locale.ROOT, "%.1f %%", v);
        }
        if (name.endsWith("_share")) {
            return String.format(Locale.ROOT, "%.0f %%", v * 100);
        }
        if (name.endsWith("_seconds")) {
            return Durations.humanMillis(Math.round(v * 1000));
        }
        if (name.equals("ratio")) {
            return String.format(Locale.ROOT, "%.2f×", v);
        }
        return Html.number(v);
    }

    /** A value cell with its change against the baseline, highlighted when it improved or regressed. */
    static String valueWithDelta(Double value, ClassDeltas.Delta delta) {
        String cell = Html.number(value);
        if (delta == null) {
            return "<td class=\"num\">" + cell + "</td>";
        }
        String change = delta.change().name().toLowerCase(Locale.ROOT);
        String shown = delta.change() == ClassDeltas.Change.UNCHANGED ? "±0"
                : (delta.difference() >= 0 ? "+" : "−") + String.format(Locale.ROOT, "%.4f", Math.abs(delta.difference()));
        return "<td class=\"num " + change + "\" title=\"" + change + " (baseline " + Html.number(delta.baseline()) + ")\">"
                + cell + " <span class=\"delta\">" + shown + "</span></td>";
    }

    /** The delta of {@code metric} for {@code className} (null for totals), or null. */
    static ClassDeltas.Delta find(List<ClassDeltas.Delta> deltas, String className, String metric) {
        for (ClassDeltas.Delta d : deltas) {
            if (d.metric().equals(metric) && (className == null ? d.className() == null : className.equals(d.className()))) {
                return d;
            }
        }
        return null;
    }

    /** The baseline line above the metric tables: what is compared, and how many values improved or regressed. */
    static void baseline(StringBuilder html, ReportBaseline baseline, List<ClassDeltas.Delta> all) {
        long improved = all.stream().filter(d -> d.change() == ClassDeltas.Change.IMPROVED).count();
        long regressed = all.stream().filter(d -> d.change() == ClassDeltas.Change.REGRESSED).count();
        html.append("<p class=\"baseline\">Compared with the baseline, ").append(Html.escape(baseline.source()))
                .append(": <span class=\"improved\">").append(improved).append(" improved</span>, <span class=\"regressed\">")
                .append(regressed).append(" regressed</span> (changes of at least ").append(Html.number(ClassDeltas.SAME))
                .append(").</p>\n");
    }
}
