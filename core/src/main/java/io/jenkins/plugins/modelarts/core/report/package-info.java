/**
 * One training job's report, built once and shown by every front end: {@link
 * io.jenkins.plugins.modelarts.core.report.TrainingReport} gathers what a job said (status, timing,
 * engine, flavor, model and system metrics, notes on missing data);
 * {@link io.jenkins.plugins.modelarts.core.report.HtmlReportRenderer} turns it into one
 * self-contained HTML page (inline CSS and SVG charts, no scripts, nothing loaded from elsewhere),
 * {@link io.jenkins.plugins.modelarts.core.report.JsonReportRenderer} into a JSON document that can
 * be read back, and {@link io.jenkins.plugins.modelarts.core.report.ReportWriter} writes both into a
 * folder. Across builds, {@link io.jenkins.plugins.modelarts.core.report.MetricTrend} holds the total
 * metrics of each build and {@link io.jenkins.plugins.modelarts.core.report.MetricTrendRenderer} draws
 * them as one inline SVG chart or a table.
 *
 * <p>Nothing here fails on bad metric data: missing, empty, malformed or partial metric lists give
 * "no data" with a note.
 */
package io.jenkins.plugins.modelarts.core.report;
