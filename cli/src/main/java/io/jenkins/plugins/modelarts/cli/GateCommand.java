package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import io.jenkins.plugins.modelarts.core.gate.Baseline;
import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import io.jenkins.plugins.modelarts.core.gate.GateOverride;
import io.jenkins.plugins.modelarts.core.gate.GateReadiness;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.gate.JUnitReport;
import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import io.jenkins.plugins.modelarts.core.gate.RuleResult;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.JobWaiter;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.core.report.ReportBaseline;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "gate", description = {"Decide whether an ended job's model may be released, from its metrics.",
            "Checks the metrics against thresholds (--require 'accuracy >= 0.92', 'recall[cat] >= 0.8') and optionally",
            "against a baseline job version. A job that has not ended is refused (exit 2) unless --wait is given.",
            "A failed gate can be overridden on purpose with --override-reason (an audited override: exit 0, outcome OVERRIDDEN,",
            "the failed rules still shown as failed, who and why in every output).",
            "Exit 0 when it passes (or is overridden), 5 when it fails, 6 when it fails with --unstable, 1 when the job failed",
            "or was stopped."})
final class GateCommand implements Callable<Integer> {
    /** Up to this many rules, each is printed; beyond it (a baseline compared class by class), only the failed ones and a count. */
    static final int RULES_SHOWN_IN_FULL = 20;

    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    JobArgument target = new JobArgument();

    @Option(names = "--require", paramLabel = "RULE",
            description = "A threshold: METRIC OP NUMBER or METRIC[CLASS] OP NUMBER, OP one of >= > <= < ==. Repeatable.")
    List<String> require = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "JOB", description = "A v1 job to compare with (e.g. the released model).")
    String baselineJob;

    @Option(names = "--baseline-version", paramLabel = "V", description = "The baseline job's version (default: its newest).")
    Long baselineVersion;

    @Option(names = "--max-regression", paramLabel = "DROP",
            description = "How much each total may fall below the baseline (default ${DEFAULT-VALUE}).")
    double maxRegression = 0.0;

    @Option(names = "--max-class-regression", paramLabel = "DROP",
            description = {"Also compare each class with the same class in the baseline (matched by class name, by class id",
                "when a side has no name): every per-class metric may fall this much below the baseline's (default: classes",
                "are not compared)."})
    Double maxClassRegression;

    @Option(names = "--unstable", description = "A failed rule means UNSTABLE (exit 6) rather than FAILURE (exit 5).")
    boolean unstable;

    @Option(names = "--threshold", paramLabel = "NAME=VALUE",
            description = "Tune a finding threshold for finding:ID rules, e.g. gpu_underused_percent=20 (docs/findings.md).")
    List<String> thresholds = new ArrayList<>();

    private FindingThresholds findingThresholds;

    @Option(names = "--override-reason", paramLabel = "TEXT",
            description = {"Release the model although the gate fails, for this reason: the outcome is OVERRIDDEN and the exit",
                "code 0; the failed rules stay failed. Blank: no override. A gate that passes stays PASS."})
    String overrideReason;

    @Option(names = "--override-by", paramLabel = "NAME",
            description = "Who overrides the gate (default: the user running the command, the user.name property). Needs --override-reason.")
    String overrideBy;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the verdict as JUnit XML, one test case per rule.")
    Path junit;

    @Option(names = "--wait", description = "Wait for the job to end first (like `modelarts wait`); without it, a job that has not ended is refused.")
    boolean waitFirst;

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    @Override
    public Integer call() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<io.jenkins.plugins.modelarts.core.gate.GateRule> rules = List.of();
        try {
            rules = ReleaseGate.parseRules(require);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (require.isEmpty() && baselineJob == null) {
            problems.add("give at least one --require rule or a --baseline");
        }
        if (overrideBy != null && overrideReason == null) {
            problems.add("--override-by needs --override-reason (why the failed gate is overridden)");
        }
        if (maxRegression < 0) {
            problems.add("--max-regression must be 0 or more");
        }
        if (maxClassRegression != null && !(maxClassRegression >= 0 && Double.isFinite(maxClassRegression))) {
            problems.add("--max-class-regression must be 0 or more");
        }
        try {
            findingThresholds = FindingThresholds.defaults().with(thresholds);
        } catch (IllegalArgumentException e) {
            problems.add("--threshold: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw UsageException.of("Cannot run the gate:", problems);
        }
        JobRef ref = target.ref();
        WaitOptions waitOptions = waitFirst ? waitFlags.toOptions() : null;
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobSnapshot current = ended(jobs, jobs.read(ref), waitOptions);
            Optional<String> notCompleted = GateReadiness.notCompleted(current);
            if (notCompleted.isPresent()) {
                root.output().object(Map.of("outcome", "NOT_EVALUATED", "reason", notCompleted.get(),
                        "job", current.detail()));
                root.context().err().println("modelarts: " + ConsoleText.safe(notCompleted.get()));
                return ExitCodes.JOB_FAILED;
            }
            JobSnapshot baselineJobRead = baselineJob == null ? null : jobs.read(JobRef.parse(baselineJob, baselineVersion));
            Baseline baseline = baselineJobRead == null ? null
                    : new Baseline(baselineJobRead.ref().toString(), metricsOf(baselineJobRead), maxRegression,
                            maxClassRegression);
            ReleaseGate gate = new ReleaseGate(rules, baseline, unstable ? GateOutcome.UNSTABLE : GateOutcome.FAILURE);
            TrainingReport analysed = TrainingReport.from(current).withBaseline(baselineJobRead == null ? null
                    : ReportBaseline.of(baseline.source(), TrainingReport.from(baselineJobRead)), findingThresholds);
            GateResult result = gate.evaluate(metricsOf(current), analysed.findings()).overriddenBy(
                    GateOverride.of(overrideReason, overrideBy != null ? overrideBy : System.getProperty("user.name")).orElse(null));
            report(current, result);
            return switch (result.outcome()) {
                case PASS, OVERRIDDEN -> ExitCodes.OK;
                case UNSTABLE -> ExitCodes.GATE_UNSTABLE;
                case FAILURE -> ExitCodes.GATE_FAILED;
            };
        }
    }

    /** The job once it has ended: as read, after a wait with --wait, else refused (exit 2) with the step's words. */
    private JobSnapshot ended(TrainingJobs jobs, JobSnapshot current, WaitOptions waitOptions) throws InterruptedException {
        if (current.isTerminal()) {
            return current;
        }
        if (waitOptions == null) {
            throw new UsageException(GateReadiness.notEnded(current, "modelarts wait, or gate --wait").orElseThrow());
        }
        CliContext ctx = root.context();
        try (InterruptNotice notice = InterruptNotice.whileWaitingFor(current.ref(), ctx.err())) {
            return new JobWaiter(jobs, ctx.clock(), ctx.sleeper())
                    .await(current.ref(), waitOptions, new WaitProgress(ctx.err(), ctx.clock(), ""));
        }
    }

    private static ModelMetrics metricsOf(JobSnapshot snapshot) {
        if (snapshot.detail() instanceof TrainingJobVersion version) {
            return ModelMetrics.from(version.modelMetricList());
        }
        throw new UsageException(snapshot.ref() + " is a v2 job: v2 jobs report no model metrics to gate on");
    }

    private void report(JobSnapshot current, GateResult result) {
        Output out = root.output();
        out.object(result.toMap());
        out.line("Gate for " + current.ref() + ": " + result.outcome());
        boolean everyRule = result.rules().size() <= RULES_SHOWN_IN_FULL;
        for (RuleResult rule : result.rules()) {
            if (everyRule || !rule.passed()) {
                out.line("  " + (rule.passed() ? "pass  " : "FAIL  ") + rule.message());
            }
        }
        int passed = result.rules().size() - result.failures().size();
        if (!everyRule && passed > 0) {
            out.line("  pass  " + passed + " other rules (every rule is in -o json and --junit)");
        }
        for (String note : result.notes()) {
            out.line("  (" + note + ")");
        }
        if (result.override() != null) {
            out.line("  Gate failed — " + result.override().describe());
        }
        if (junit != null) {
            try {
                Path parent = junit.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(junit, JUnitReport.toXml("modelarts.gate." + current.ref().jobId(), result), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + junit + ": " + e.getMessage(), e);
            }
            root.context().err().println("Wrote " + junit);
        }
    }
}
