package io.jenkins.plugins.modelarts.core.report;

import java.util.Locale;

/**
 * Prints how long rendering a 1,000-class report takes (HTML and JSON), after a warm-up. Not a
 * test: run it by hand (see docs) with {@code java -cp <core test and main classes, client and
 * Jackson jars> io.jenkins.plugins.modelarts.core.report.ReportBenchmark [reports]}.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {}

    public static void main(String[] args) {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        TrainingReport report = Reports.completed(Reports.classes(1000), Reports.cpuAndGpu());
        HtmlReportRenderer html = new HtmlReportRenderer();
        JsonReportRenderer json = new JsonReportRenderer();
        long size = 0;
        for (int i = 0; i < reports; i++) {
            size += html.render(report).length() + json.render(report).length();
        }
        long start = System.nanoTime();
        for (int i = 0; i < reports; i++) {
            size += html.render(report).length() + json.render(report).length();
        }
        double msPerReport = (System.nanoTime() - start) / 1e6 / reports;
        System.out.printf(Locale.ROOT, "1000-class report (HTML + JSON): %.2f ms per report over %d reports"
                + " (%d chars rendered)%n", msPerReport, reports, size);
    }
}
