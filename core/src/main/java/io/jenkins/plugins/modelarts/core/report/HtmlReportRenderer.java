package io.jenkins.plugins.modelarts.core.report;

import io.jenkins.plugins.modelarts.core.findings.EfficiencyFindings;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.MetricOrder;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.metrics.SystemMetrics;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a {@link TrainingReport} as one self-contained HTML5 page: the release gate's verdict when
 * there is one (an overridden gate says who overrode it and why), a summary (job, link, status,
 * duration, engine, flavor, paths), the total and per-class model metrics as tables, one inline SVG
 * line chart per system metric series, and the notes on missing data.
 *
 * <p>The page needs nothing else: the CSS is inline, the charts are SVG elements, there is no
 * script and nothing is loaded from another address, so it can be archived, mailed or served by
 * Jenkins as it is. Every piece of text that came from the API (names, class names, paths, metric
 * names) is HTML-escaped. Stateless and thread-safe.
 */
public final class HtmlReportRenderer {
    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}"
            + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:2px 8px;text-align:left}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}"
            + ".state-COMPLETED{color:#1a7f37}.state-FAILED,.state-STOPPED{color:#cf222e}"
            + ".notes{color:#666}.charts figure{display:inline-block;margin:0 1em 1em 0}"
            + ".chart .axis{stroke:#888;fill:none}.chart .series{stroke:#0969da;stroke-width:1.5}"
            + ".chart .point{fill:#0969da}.chart .label{font-size:11px;fill:#555}"
            + ".chart .queued{fill:#f6e7c8}.chart .phase-mark{stroke:#9a6700;stroke-dasharray:3 3}"
            + ".chart .phase{font-size:10px;fill:#9a6700}"
            + ".finding{border-left:4px solid #0969da;background:#f6f8fa;padding:2px 10px;margin:.5em 0}"
            + ".finding.warning{border-color:#bf8700;background:#fff8c5}.finding p{margin:.3em 0}"
            + ".badge{text-transform:uppercase;font-size:.75em;font-weight:bold;color:#fff;background:#0969da;padding:1px 5px;"
            + "border-radius:3px}.warning .badge{background:#9a6700}.evidence{color:#444;font-size:.9em}"
            + ".improved{background:#dafbe1;color:#116329}.regressed{background:#ffebe9;color:#a40e26}"
            + ".delta{font-size:.85em}.table-wrap{overflow-x:auto;max-width:100%}"
            + ".chart{max-width:100%;height:auto}@media (max-width:600px){body{margin:.6em}.charts figure{margin:0 0 1em 0}}";

    /** The whole page, UTF-8 text. */
    public String render(TrainingReport report) {
        return render(report, null);
    }

    /** The whole page with a release gate's verdict at the top ({@code gate} null for none). */
    public String render(TrainingReport report, GateResult gate) {
        Objects.requireNonNull(report, "report == null");
        ModelMetrics model = report.modelMetrics();
        StringBuilder html = new StringBuilder(4096 + model.classes().size() * 160);
        String title = Html.escape(report.title());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Training report: ").append(title).append("</title><style>").append(CSS)
                .append(GateSection.CSS).append("</style></head><body>\n<h1>Training report: ").append(title).append("</h1>\n");
        GateSection.html(html, gate);
        ReportSections.findings(html, report);
        summary(html, report);
        failure(html, report);
        List<ClassDeltas.Delta> totalDeltas = report.baseline() == null ? List.of()
                : ClassDeltas.totals(model, report.baseline().metrics());
        List<ClassDeltas.Delta> classDeltas = report.baseline() == null ? List.of()
                : ClassDeltas.of(model, report.baseline().metrics());
        if (report.baseline() != null) {
            List<ClassDeltas.Delta> all = new ArrayList<>(totalDeltas);
            all.addAll(classDeltas);
            ReportSections.baseline(html, report.baseline(), all);
        }
        totals(html, model, totalDeltas);
        classes(html, model, classDeltas);
        charts(html, report);
        notes(html, report.allNotes());
        return ConsoleText.wellFormed(html.append("</body></html>\n").toString());
    }

    private static void summary(StringBuilder html, TrainingReport r) {
        html.append("<h2>Summary</h2>\n<table class=\"summary\">");
        row(html, "Job", Html.escape(r.ref().toString()));
        row(html, "Name", Html.escape(orDash(r.name())));
        if (r.version() != null) {
            row(html, "Version", Html.escape(r.version()));
        }
        if (r.link() != null && isWebLink(r.link())) {
            row(html, "Link", "<a class=\"console\" href=\"" + Html.escape(r.link()) + "\">" + Html.escape(linkText(r.link()))
                    + "</a>");
        } else if (r.link() != null) {
            row(html, "Link", Html.escape(r.link()));
        }
        row(html, "Status", "<span class=\"state-" + r.state().name() + "\">" + Html.escape(r.statusName())
                + " (" + r.state().name().toLowerCase(Locale.ROOT) + ")</span>");
        row(html, "Duration", Html.escape(Durations.humanMillis(r.durationMillis())));
        row(html, "Created", Html.escape(Html.utc(r.createdMillis())));
        if (r.startedMillis() != null) {
            row(html, "Started", Html.escape(Html.utc(r.startedMillis())));
        }
        if (r.queuedMillis() != null) {
            row(html, "Queued", Html.escape(Durations.humanMillis(r.queuedMillis())));
        }
        row(html, "Engine", Html.escape(orDash(r.engine())));
        row(html, "Flavor", Html.escape(orDash(r.flavor())));
        row(html, "Output", Html.escape(orDash(r.outputUrl())));
        row(html, "Logs", Html.escape(orDash(r.logUrl())));
        html.append("</table>\n");
    }

    private static String linkText(String link) {
        return link.startsWith(ConsoleLinks.CONSOLE) ? "Open in the ModelArts console" : link;
    }

    private static void totals(StringBuilder html, ModelMetrics model, List<ClassDeltas.Delta> deltas) {
        html.append("<h2>Model metrics</h2>\n");
        if (model.totals().isEmpty()) {
            html.append("<p class=\"notes\">No total metrics.</p>\n");
            return;
        }
        html.append("<table class=\"totals\"><tr>");
        model.totals().keySet().forEach(k -> html.append("<th>").append(Html.escape(k)).append("</th>"));
        html.append("</tr><tr>");
        model.totals().forEach((k, v) -> html.append(ReportSections.valueWithDelta(v, ReportSections.find(deltas, null, k))));
        html.append("</tr></table>\n");
    }

    private static void classes(StringBuilder html, ModelMetrics model, List<ClassDeltas.Delta> deltas) {
        html.append("<h2>Per class</h2>\n");
        if (model.classes().isEmpty()) {
            html.append("<p class=\"notes\">No per-class metrics.</p>\n");
            return;
        }
        Set<String> names = new HashSet<>();
        model.classes().forEach(c -> names.addAll(c.values().keySet()));
        List<String> columns = MetricOrder.of(names);
        html.append("<div class=\"table-wrap\"><table class=\"classes\"><tr><th>Class</th><th>Id</th>");
        columns.forEach(k -> html.append("<th>").append(Html.escape(k)).append("</th>"));
        html.append("</tr>\n");
        for (ClassMetrics c : model.classes()) {
            html.append("<tr><td>").append(Html.escape(c.className())).append("</td><td>")
                    .append(Html.escape(c.classId())).append("</td>");
            for (String k : columns) {
                html.append(ReportSections.valueWithDelta(c.values().get(k), ReportSections.find(deltas, c.className(), k)));
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void charts(StringBuilder html, TrainingReport report) {
        SystemMetrics system = report.systemMetrics();
        html.append("<h2>System metrics</h2>\n");
        List<String> empty = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        Double queued = report.queuedMillis() == null ? null : report.queuedMillis() / 60_000.0;
        Double run = report.durationMillis() == null ? null : report.durationMillis() / 60_000.0;
        for (Map.Entry<String, List<Double>> series : system.series().entrySet()) {
            String name = series.getKey();
            if (!SvgLineChart.hasData(series.getValue())) {
                empty.add(name);
                continue;
            }
            figures.append("<figure>").append(SvgLineChart.render(name, series.getValue(), system.intervalMinutes(), queued, run))
                    .append("<figcaption>").append(Html.escape(MetricUnits.label(name))).append(" <code>")
                    .append(Html.escape(name)).append("</code>").append(peak(system, name)).append("</figcaption></figure>\n");
            rows.append("<tr><td>").append(Html.escape(MetricUnits.label(name))).append(" <code>").append(Html.escape(name))
                    .append("</code></td><td class=\"num\">").append(Html.escape(stat(system, name, false)))
                    .append("</td><td class=\"num\">").append(Html.escape(stat(system, name, true))).append("</td></tr>");
        }
        if (figures.length() > 0) {
            html.append("<div class=\"table-wrap\"><table class=\"system\"><tr><th>Series</th><th>Average</th><th>Peak</th></tr>")
                    .append(rows).append("</table></div>\n<div class=\"charts\">\n").append(figures).append("</div>\n");
        } else {
            html.append("<p class=\"notes\">No system metric charts.</p>\n");
        }
        if (!empty.isEmpty()) {
            html.append("<p class=\"notes\">No data for: ").append(Html.escape(String.join(", ", empty))).append("</p>\n");
        }
    }

    private static String peak(SystemMetrics system, String name) {
        var peak = system.peak(name);
        return peak.isPresent() ? ", peak " + Html.escape(MetricUnits.format(name, peak.getAsDouble())) : "";
    }

    /** The average or peak of a series in its unit, start-up and shut-down left out. */
    private static String stat(SystemMetrics system, String name, boolean peak) {
        var points = EfficiencyFindings.running(system.series().get(name)).stream().mapToDouble(Double::doubleValue);
        var value = peak ? points.max() : points.average();
        return value.isPresent() ? MetricUnits.format(name, value.getAsDouble()) : "-";
    }

    /** Why a failed v2 job failed: its secondary phase and each task's exit code and message. */
    private static void failure(StringBuilder html, TrainingReport report) {
        if (report.failure() == null || report.failure().lines().isEmpty()) {
            return;
        }
        html.append("<h2>Why it failed</h2>\n<ul class=\"failure\">");
        report.failure().lines().forEach(l -> html.append("<li>").append(Html.escape(l)).append("</li>"));
        html.append("</ul>\n");
    }

    private static void notes(StringBuilder html, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        html.append("<h2>Notes</h2>\n<ul class=\"notes\">");
        notes.forEach(n -> html.append("<li>").append(Html.escape(n)).append("</li>"));
        html.append("</ul>\n");
    }

    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<tr><th>").append(label).append("</th><td>").append(valueHtml).append("</td></tr>");
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static boolean isWebLink(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
