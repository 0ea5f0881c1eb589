package io.jenkins.plugins.modelarts.jenkins.wait;

import hudson.AbortException;
import hudson.model.Cause;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.gate.Baseline;
import io.jenkins.plugins.modelarts.core.gate.GateReadiness;
import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import io.jenkins.plugins.modelarts.core.job.Durations;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.report.ConsoleLinks;
import io.jenkins.plugins.modelarts.core.report.ReportBaseline;
import io.jenkins.plugins.modelarts.core.report.ReportReader;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientFactory;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import io.jenkins.plugins.modelarts.jenkins.report.BuildReports;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What happens when a waited-for job has ended, the same for Pipeline steps and freestyle builders:
 * read its final details and metrics, evaluate the release gate, publish the report with the build,
 * archive its logs, and decide the step's outcome. Evidence is published before a failure is
 * reported, so a failed job or gate still leaves its report and logs with the build.
 */
public final class JobCompletion {
    /**
     * The step's outcome: the value to return, a build result to set (UNSTABLE) or null, and the
     * message to fail with, or null.
     */
    public record Verdict(Map<String, Object> value, Result result, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final Run<?, ?> run;
    private final TaskListener listener;
    private final TrainingJobs jobs;
    private final BuildReports reports;
    private final LogArchiving logs;
    /** The connection, for the console link; null when built without one (tests). */
    private Connection connection;
    /** What the last {@link #gate} compared with, for the report's deltas and duration finding. */
    private ReportBaseline reportBaseline;
    /** The report as the last {@link #gate} saw it: with the baseline and its findings. */
    private TrainingReport analysed;

    public JobCompletion(Run<?, ?> run, TaskListener listener, TrainingJobs jobs, BuildReports reports, LogArchiving logs) {
        this.run = run;
        this.listener = listener;
        this.jobs = jobs;
        this.reports = reports;
        this.logs = logs;
    }

    /** The completion of a job read through {@code client} for {@code run}, publishing through {@code artifacts}. */
    public static JobCompletion of(Run<?, ?> run, TaskListener listener, ModelArtsClient client, ClientFactory clients,
            Connection connection, ArtifactArchiver artifacts) {
        JobCompletion completion = new JobCompletion(run, listener, new TrainingJobs(client), new BuildReports(artifacts),
                new LogArchiving(clients, connection, artifacts));
        completion.connection = connection;
        return completion;
    }

    public Verdict complete(JobSnapshot ended, WaitSettings settings) throws InterruptedException {
        PrintStream log = listener.getLogger();
        TrainingReport report = withConsoleLink(readReport(ended));
        FindingThresholds thresholds = settings.gate() == null ? FindingThresholds.defaults() : settings.gate().findingThresholds();
        if (!thresholds.equals(FindingThresholds.defaults())) {
            report = report.withThresholds(thresholds);
        }
        boolean completed = report.state() == JobState.COMPLETED;
        GateResult gate = null;
        if (settings.gate() != null && settings.gate().isEnabled()) {
            if (completed) {
                gate = gate(report, settings.gate());
                report = analysed;
                log.println(ConsoleText.safe("ModelArts release gate: " + gate.summary()));
                gate.notes().forEach(n -> log.println("  (" + ConsoleText.safe(n) + ")"));
                if (gate.override() != null) {
                    log.println(ConsoleText.safe("ModelArts release gate failed but was " + gate.override().describe()
                            + ": the build goes on as successful"));
                }
            } else {
                log.println(ConsoleText.safe(GateReadiness.notCompleted(report.ref(), report.state(), report.statusName()).orElseThrow()));
            }
        }
        if (settings.publishReport()) {
            try {
                reports.publish(run, report, gate, listener);
                log.println("ModelArts training report published with the build (\"ModelArts training\" in the side panel)");
            } catch (IOException e) {
                log.println(ConsoleText.safe("Could not publish the ModelArts training report: " + e.getMessage()));
            }
        }
        if (settings.archiveLogs()) {
            logs.archive(run, report, jobs.client(), settings.maxArchiveBytes(), listener);
        }
        Map<String, Object> value = StepResults.of(report, gate);
        String ended2 = "ModelArts " + report.ref() + " ended " + report.state() + " (" + report.statusName() + ")"
                + (report.durationMillis() == null ? "" : " after " + Durations.humanMillis(report.durationMillis()));
        if (!completed) {
            if (report.failure() != null && !report.failure().lines().isEmpty()) {
                log.println(ConsoleText.safe("Why ModelArts " + report.ref() + " failed:"));
                report.failure().lines().forEach(l -> log.println(ConsoleText.safe("  " + l)));
            }
            ended2 += why(report);
            if (settings.unstableOnFailure()) {
                log.println(ConsoleText.safe(ended2 + ": marking the build UNSTABLE"));
                return new Verdict(value, Result.UNSTABLE, null);
            }
            return new Verdict(value, null, ConsoleText.safe(ended2 + explain(report)));
        }
        log.println(ConsoleText.safe(ended2 + metricsLine(report)));
        report.findings().forEach(f -> log.println(ConsoleText.safe("  finding " + f.id() + " (" + f.level().name().toLowerCase(
                java.util.Locale.ROOT) + "): " + f.summary() + " " + f.suggestion())));
        if (gate != null && gate.outcome() == GateOutcome.UNSTABLE) {
            return new Verdict(value, Result.UNSTABLE, null);
        }
        if (gate != null && gate.outcome() == GateOutcome.FAILURE) {
            return new Verdict(value, null, ConsoleText.safe("ModelArts release gate failed: " + gate.summary()));
        }
        return new Verdict(value, null, null);
    }

    /**
     * The release gate alone on a job that has ended (the gate step and the freestyle post-build
     * step): the verdict is published with the build's report; nothing is waited for or archived.
     */
    public Verdict gateEndedJob(JobRef ref, GateSettings gate) throws AbortException, InterruptedException {
        JobSnapshot snapshot = jobs.read(ref);
        Optional<String> notEnded = GateReadiness.notEnded(snapshot, "modelartsWaitForJob");
        if (notEnded.isPresent()) {
            throw new AbortException(ConsoleText.safe(notEnded.get()));
        }
        return complete(snapshot, WaitSettings.gateOnly(gate));
    }

    /** The report with a link to the job in the ModelArts console of the connection's region, when it has one. */
    private TrainingReport withConsoleLink(TrainingReport report) {
        if (connection == null || report.link() != null) {
            return report;
        }
        return ConsoleLinks.job(report.ref(), connection.region(), connection.endpoint()).map(report::withLink).orElse(report);
    }

    private TrainingReport readReport(JobSnapshot ended) {
        try {
            return new ReportReader(jobs).read(ended.ref());
        } catch (ModelArtsException e) {
            listener.getLogger().println(ConsoleText.safe("Could not read the final details of " + ended.ref() + ": "
                    + ConsoleText.errorMessage(e) + " (the report shows what the last status read said)"));
            return TrainingReport.from(ended);
        }
    }

    /** Evaluates the configured gate, overridden when the settings give a reason (see {@link GateResult#overriddenBy}). */
    GateResult gate(TrainingReport report, GateSettings settings) {
        return evaluate(report, settings).overriddenBy(settings.override(this::causes).orElse(null));
    }

    /** Who started the build, as its causes say ({@code Started by user alice}), for an override given without a name. */
    private String causes() {
        return run.getCauses().stream().map(Cause::getShortDescription).filter(d -> d != null && !d.isBlank())
                .distinct().collect(Collectors.joining("; "));
    }

    /** Evaluates the configured gate; a missing baseline passes with a note, as the first build must. */
    private GateResult evaluate(TrainingReport report, GateSettings settings) {
        analysed = report;
        Baseline baseline = null;
        String missingBaseline = null;
        GateOutcome onFailure = settings.unstable() ? GateOutcome.UNSTABLE : GateOutcome.FAILURE;
        if (settings.baseline() != null) {
            Optional<Baseline> found;
            try {
                found = baseline(settings);
            } catch (ModelArtsException | IllegalArgumentException e) {
                return new GateResult(onFailure, List.of(),
                        List.of("the baseline " + settings.baseline() + " could not be read: " + ConsoleText.errorMessage(e)));
            }
            if (found.isPresent()) {
                baseline = found.get();
            } else {
                missingBaseline = "no baseline yet (" + settings.baseline() + "): nothing to compare with";
            }
        }
        List<io.jenkins.plugins.modelarts.core.gate.GateRule> rules = ReleaseGate.parseRules(settings.require());
        if (rules.isEmpty() && baseline == null) {
            return new GateResult(GateOutcome.PASS, List.of(), List.of(missingBaseline));
        }
        analysed = report.withBaseline(reportBaseline, settings.findingThresholds());
        GateResult result = new ReleaseGate(rules, baseline, onFailure).evaluate(report.modelMetrics(), analysed.findings());
        if (missingBaseline != null) {
            List<String> notes = new java.util.ArrayList<>(result.notes());
            notes.add(missingBaseline);
            result = new GateResult(result.outcome(), result.rules(), notes);
        }
        return result;
    }

    private Optional<Baseline> baseline(GateSettings settings) {
        if (settings.baselineIsLastSuccessfulBuild()) {
            for (Run<?, ?> b = run.getPreviousSuccessfulBuild(); b != null; b = b.getPreviousSuccessfulBuild()) {
                try {
                    Optional<TrainingReport> previous = BuildReports.firstReportOf(b);
                    if (previous.isPresent() && comparable(previous.get().modelMetrics(), settings)) {
                        reportBaseline = ReportBaseline.of("build #" + b.getNumber(), previous.get());
                        return Optional.of(new Baseline("build #" + b.getNumber(), previous.get().modelMetrics(),
                                settings.maxRegression(), settings.maxClassRegression()));
                    }
                } catch (IOException | RuntimeException e) {
                    listener.getLogger().println(ConsoleText.safe("Skipping build #" + b.getNumber() + " as a baseline: " + e.getMessage()));
                }
            }
            return Optional.empty();
        }
        JobRef ref = parseBaseline(settings.baseline());
        TrainingReport other = new ReportReader(jobs).read(ref);
        reportBaseline = ReportBaseline.of(ref.toString(), other);
        return Optional.of(new Baseline(ref.toString(), other.modelMetrics(), settings.maxRegression(),
                settings.maxClassRegression()));
    }

    /** A build's metrics can be a baseline: it has totals, or per-class metrics when classes are compared. */
    private static boolean comparable(ModelMetrics metrics, GateSettings settings) {
        return !metrics.totals().isEmpty() || (settings.maxClassRegression() != null && !metrics.classes().isEmpty());
    }

    /** {@code 10:3} (v1 job 10, version 3) or a v2 job id. */
    static JobRef parseBaseline(String text) {
        String[] parts = text.split(":", 2);
        return JobRef.parse(parts[0].trim(), parts.length == 2 ? Long.valueOf(parts[1].trim()) : null);
    }

    /** {@code : secondary phase: Failed; worker-0 exited with code 1: …} for a failed v2 job ({@code JobFailure}), else nothing. */
    static String why(TrainingReport report) {
        return report.failure() == null || report.failure().summary().isEmpty() ? "" : ": " + report.failure().summary();
    }

    private static String explain(TrainingReport report) {
        return switch (report.state()) {
            case FAILED -> ". See the job's log in the build's artifacts (modelarts/logs/"
                    + BuildReports.dirName(report.ref()) + "/) or the ModelArts console";
            case STOPPED -> ". It was stopped outside this build";
            default -> "";
        };
    }

    private static String metricsLine(TrainingReport report) {
        Map<String, Double> totals = report.modelMetrics().totals();
        if (totals.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(":");
        totals.forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.format(Locale.ROOT, "%.4f", v)));
        return sb.toString();
    }

    /** Thrown as the step's failure: a clean "ERROR: message" line, no stack trace. */
    public static AbortException failure(Verdict verdict) {
        return new AbortException(verdict.failure());
    }
}
