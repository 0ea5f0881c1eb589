package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.report.JsonReportRenderer;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.report.ReportBaseline;
import io.jenkins.plugins.modelarts.core.report.ReportReader;
import io.jenkins.plugins.modelarts.core.report.ReportWriter;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code modelarts report JOB [--version V] --out DIR}: writes index.html and report.json for one job. */
@Command(name = "report", description = {"Write a training job's report (index.html and report.json) into a folder.",
            "index.html holds the summary, the per-class table and system metric charts, self-contained.",
            "With -o json the JSON report also goes to stdout."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write index.html and report.json into (created if missing; files replaced).")
    Path out;

    @Option(names = "--baseline", paramLabel = "JOB",
            description = "A job to compare with: per-class deltas in the report, and the duration findings.")
    String baselineJob;

    @Option(names = "--baseline-version", paramLabel = "V", description = "The baseline job's version (default: its newest).")
    Long baselineVersion;

    @Option(names = "--threshold", paramLabel = "NAME=VALUE",
            description = "Tune a finding threshold, e.g. gpu_underused_percent=20 (names and defaults: docs/findings.md).")
    java.util.List<String> thresholds = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        TrainingReport report;
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs jobs = new TrainingJobs(client);
            report = new ReportReader(jobs).read(target.ref());
            ReportBaseline baseline = baselineJob == null ? null
                    : ReportBaseline.of(JobRef.parse(baselineJob, baselineVersion).toString(),
                            new ReportReader(jobs).read(JobRef.parse(baselineJob, baselineVersion)));
            report = report.withBaseline(baseline, Thresholds.parse(thresholds));
            TrainingReport read = report;
            report = root.consoleLink(report.ref()).map(read::withLink).orElse(report);
        }
        ReportWriter.Written written;
        try {
            written = new ReportWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + out + ": " + e.getMessage(), e);
        }
        Output output = root.output();
        if (!output.json()) {
            JobReport.printFindings(output, report.findings());
            if (report.link() != null) {
                output.line("Console: " + report.link());
            }
        }
        if (output.json()) {
            root.context().out().println(new JsonReportRenderer().render(report));
            root.context().err().println("Wrote " + written.html() + " and " + written.json());
        } else {
            output.line(written.html().toString());
            output.line(written.json().toString());
        }
        return ExitCodes.OK;
    }
}
