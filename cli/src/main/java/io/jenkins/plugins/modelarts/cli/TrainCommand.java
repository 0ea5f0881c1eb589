package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.CreateOutcomeUnknownException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.config.ConfigOverrides;
import io.jenkins.plugins.modelarts.core.config.JobFromConfig;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.Submission;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.preflight.CheckResult;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.core.cache.ReusePolicy;
import io.jenkins.plugins.modelarts.core.cache.TrainingCache;
import io.jenkins.plugins.modelarts.core.cache.Reused;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "train", description = {"Create a training job from a spec file or a stored configuration, and optionally wait for it.",
            "The spec is the v1 create body (job_name, job_desc, config{...}) or a v2 create body (kind, metadata,",
            "algorithm, spec). The whole spec is checked first; every problem is listed and nothing is sent if there",
            "is one (exit code 2).",
            "With --dry-run, the request is printed and the pre-flight checks that its OBS locations and flavor exist.",
            "A v1 spec with config.create_version false creates the job without a version: stdout gets the job id alone,",
            "and --wait is refused before anything is sent (nothing would run).",
            "With --config NAME, a v1 job from a stored (or, with --config-type sample, a sample) configuration:",
            "the spec file (optional) gives job_name, job_desc and config fields that override the configuration's,",
            "then the field flags override those. A field given replaces the configuration's, --param and the spec's",
            "parameter merge by label, and fields that exclude each other are replaced as a group (docs/cli.md)."})
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.json",
            description = "The job spec file (required without --config; with it, overrides).")
    Path spec;

    @Option(names = "--config", paramLabel = "NAME", description = "Start from this stored training job configuration.")
    String configName;

    @Option(names = "--config-type", paramLabel = "custom|sample",
            description = "Whether --config names one of your configurations (custom, default) or a vendor sample.")
    String configType;

    @Mixin
    ConfigFlags fieldFlags = new ConfigFlags();

    @Option(names = "--wait", description = "Wait for the job to end, like `modelarts wait`.")
    boolean waitForEnd;

    @Option(names = "--job-name", paramLabel = "NAME",
            description = "Use this job name instead of the spec's, e.g. resnet-$BUILD_NUMBER: one name per build makes retries safe with --reattach.")
    String jobName;

    @Option(names = "--reattach",
            description = "If a job of this name exists already (a retried or resumed CI run), use it instead of failing.")
    boolean reattach;

    @Option(names = "--reuse", paramLabel = "never|successful|AGE",
            description = {"Training cache: return an earlier job that completed with the same definition (same"
                + " fingerprint, docs/cli.md) instead of creating one: never (default), successful, or a maximum age"
                + " such as 24h or 7d. A job created with it carries the fingerprint in its description."})
    String reuse;

    @Option(names = "--dry-run",
            description = {"Check everything and print the request body that would be sent, then stop: nothing is created.",
                "A spec file alone needs no connection; with --config the configuration is read and names resolved,",
                "with --reuse the job that would be reused is named (read-only calls)."})
    boolean dryRun;

    @Option(names = "--preflight", negatable = true,
            description = {"Pre-flight: check that what the request points to exists: data and code folders hold objects,"
                + " the boot file exists, output and log buckets exist, the v1 flavor is listed, not sold out and takes"
                + " the workers, the v2 flavor is listed and takes the nodes (dedicated pools are not checked)."
                + " One line per check on stderr: ok, missing, or unchecked"
                + " (403, network, no OBS endpoint or AK/SK: a warning). On by default with --dry-run"
                + " (--no-preflight skips it); without --dry-run it runs before the create, and anything missing"
                + " refuses the create (exit 2, nothing sent)."})
    Boolean preflight;

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    /** {@code --preflight}/{@code --no-preflight}, else on for a dry run and off for a create. */
    private boolean preflights() {
        return preflight != null ? preflight : dryRun;
    }

    /** The pre-flight's lines on stderr; when something is missing, the create is refused (exit 2). */
    private PreflightReport preflightOrRefuse(ModelArtsClient client, JobSpec jobSpec) {
        PreflightReport report = new CliPreflight(root).run(client, jobSpec);
        if (report.hasMissing() && !dryRun) {
            throw refusal(report, "training job '" + jobSpec.jobName() + "' was not created", "drop --preflight");
        }
        return report;
    }

    /** @param skip the option that skips the check in the command line given */
    private static UsageException refusal(PreflightReport report, String outcome, String skip) {
        return new UsageException("the pre-flight found " + report.count(CheckResult.MISSING) + " thing(s) missing ("
                + ConsoleText.safe(report.missingList()) + "): " + outcome
                + "; fix the spec or the bucket (or " + skip + " to skip the check)");
    }

    private JobSnapshot submit(TrainingJobs jobs, JobSpec jobSpec) {
        try {
            return submitOrReattach(jobs, jobSpec);
        } catch (CreateOutcomeUnknownException e) {
            throw new CreateOutcomeUnknown(e, retryArguments(), jobSpec.jobName());
        }
    }

    private JobSnapshot submitOrReattach(TrainingJobs jobs, JobSpec jobSpec) {
        try {
            Submission submission = jobs.submission(jobSpec);
            JobSnapshot created = submission.snapshot();
            root.context().err().println(submission.lead("training job '" + jobSpec.jobName() + "'") + created.ref()
                    + (jobSpec.createsVersion() ? " (" + created.statusName() + ")"
                            : " without a version (config.create_version is false): nothing runs until a version is created"));
            return created;
        } catch (ApiException e) {
            if (!reattach || !e.isDuplicateName()) {
                throw e;
            }
            JobSnapshot existing = jobs.findExisting(jobSpec).orElseThrow(() -> e);
            root.context().err().println("Re-attached to existing training job '" + jobSpec.jobName() + "': "
                    + existing.ref() + " (" + existing.statusName() + ")");
            return existing;
        }
    }

    private ReusePolicy reusePolicy() {
        try {
            return ReusePolicy.parse(reuse);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--reuse: " + e.getMessage());
        }
    }

    /** The training cache's answer for {@code jobSpec} under {@code --reuse}; its note, if any, on stderr. */
    private TrainingCache.Lookup lookUp(TrainingJobs jobs, JobSpec jobSpec) {
        TrainingCache.Lookup lookup = new TrainingCache(jobs, root.context().clock()).lookup(jobSpec, reusePolicy());
        if (lookup.note() != null) {
            root.context().err().println("--" + lookup.note());
        }
        return lookup;
    }

    /** The training cache first (docs/cli.md "Training cache"), then a create of the spec marked with its fingerprint. */
    private JobSnapshot reuseOrSubmit(TrainingJobs jobs, JobSpec jobSpec) {
        TrainingCache.Lookup lookup = lookUp(jobs, jobSpec);
        if (lookup.isReused()) {
            root.context().err().println(lookup.reused().message());
            return lookup.reused().snapshot();
        }
        if (preflights()) {
            preflightOrRefuse(jobs.client(), lookup.toCreate());
        }
        return submit(jobs, lookup.toCreate());
    }

    /** {@code --wait} on a job created without a version is refused before it is created: nothing would run. */
    private void checkWaitable(JobSpec jobSpec) {
        if (waitForEnd && jobSpec != null && !jobSpec.createsVersion()) {
            throw new UsageException("--wait: the spec sets config.create_version to false, so the job gets no version and"
                    + " nothing runs to wait for; drop --wait, or create_version");
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (configName == null && (spec == null || configType != null || !fieldFlags.isEmpty())) {
            throw new UsageException(spec == null ? "give a spec file, or --config NAME"
                    : "--config-type and the field flags (--workers, --flavor, --param, ...) go with --config NAME");
        }
        JobSpec fileSpec = configName == null ? JobSpecLoader.load(spec, jobName) : null;
        checkWaitable(fileSpec);
        if (dryRun && fileSpec != null && !reusePolicy().enabled()) {
            return dryRun(fileSpec, null, null); // the spec checked offline; the pre-flight connects if it can
        }
        WaitOptions waitOptions = waitForEnd ? waitFlags.toOptions() : null;
        // with --wait --timeout, the timeout bounds the whole command: the create and its recovery too
        Deadline deadline = waitOptions == null || waitOptions.timeout() == null ? null
                : Deadline.after(waitOptions.timeout(), root.context().clock());
        try (ModelArtsClient client = root.connect()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobSpec jobSpec = fileSpec != null ? fileSpec : fromConfig(client);
            checkWaitable(jobSpec);
            if (dryRun) {
                TrainingCache.Lookup lookup = lookUp(jobs, jobSpec);
                return dryRun(lookup.isReused() ? jobSpec : lookup.toCreate(), lookup.isReused() ? lookup.reused() : null,
                        client);
            }
            TrainingJobs bounded = deadline == null ? jobs : jobs.withDeadline(deadline);
            JobSnapshot created = reuseOrSubmit(bounded, jobSpec);
            root.consoleLink(created.ref()).ifPresent(url -> root.context().err().println("Console: " + url));
            if (!waitForEnd) {
                Output out = root.output();
                out.object(created.detail());
                out.line(created.ref().api() == io.jenkins.plugins.modelarts.core.job.JobRef.Api.V1 && created.ref().hasVersion()
                        ? created.ref().jobId() + " " + created.ref().versionId()
                        : created.ref().jobId());
                return ExitCodes.OK;
            }
            return WaitCommand.waitAndReport(root, jobs, created.ref(), waitFlags, deadline);
        }
    }

    /**
     * {@code --dry-run}: the request body that would be sent (stdout; with {@code -o json} one document
     * {@code {"dry_run": true, "api", "request", "reuses", "preflight"}}), then the pre-flight (unless
     * {@code --no-preflight}, or a job would be reused) and on stderr what would happen. Exit code 0, or 2
     * when the pre-flight finds something missing.
     *
     * @param client the command's client; null for a spec file checked offline
     */
    private int dryRun(JobSpec jobSpec, Reused reused, ModelArtsClient client) {
        JsonNode request = jobSpec.requestBody();
        ObjectNode document = Json.mapper().createObjectNode().put("dry_run", true).put("api", jobSpec.api());
        document.set("request", request);
        document.put("reuses", reused == null ? null : reused.snapshot().ref().toString());
        Output out = root.output();
        out.logLines(Output.toJson(request));
        PreflightReport report = reused == null && preflights() ? preflightOrRefuse(client, jobSpec) : null;
        document.set("preflight", report == null ? null : Json.mapper().valueToTree(report.toMaps()));
        out.object(document);
        if (report != null && report.hasMissing()) {
            throw refusal(report, "without --dry-run, training job '" + jobSpec.jobName() + "' would queue and fail",
                    "add --no-preflight");
        }
        root.context().err().println(reused != null
                ? "Dry run: nothing was created; with --reuse this run would return the earlier job: " + reused.message()
                : "Dry run: the " + jobSpec.api() + " spec is valid; nothing was sent."
                        + " Without --dry-run this request creates training job '" + jobSpec.jobName() + "'.");
        return ExitCodes.OK;
    }

    /** A v1 job from the configuration: the spec file's fields, then the flags, over it (core's ConfigOverrides). */
    private JobSpec fromConfig(ModelArtsClient client) {
        CreateTrainingJobRequest file = spec == null ? null : JobSpecLoader.loadOverrides(spec);
        String name = jobName != null ? jobName : file == null ? null : file.jobName();
        if (name == null) {
            throw new UsageException("with --config, give the job's name: --job-name NAME, or job_name in the spec file");
        }
        TrainingJobConfig overrides = file == null || file.config() == null ? fieldFlags.overrides()
                : ConfigOverrides.apply(file.config(), fieldFlags.overrides());
        return new JobFromConfig(configName, ConfigsCommand.configType(configType), name,
                file == null ? null : file.jobDesc(), file == null ? null : file.workspaceId(), overrides,
                fieldFlags.names()).toSpec(client);
    }

    /** The arguments that name the same job again: the spec file and/or the configuration. */
    private String retryArguments() {
        String config = configName == null ? "" : "--config " + CreateOutcomeUnknown.quote(configName)
                + (configType == null ? "" : " --config-type " + CreateOutcomeUnknown.quote(configType))
                + (fieldFlags.isEmpty() ? " " : " [the same field flags] ");
        return config + (spec == null ? "" : CreateOutcomeUnknown.quote(spec.toString()));
    }

    /** The client's unknown create, with the command that re-attaches to the job (exit code 3). */
    static final class CreateOutcomeUnknown extends ModelArtsException {
        private static final long serialVersionUID = 1L;

        CreateOutcomeUnknown(CreateOutcomeUnknownException e, String arguments, String jobName) {
            super(e.getMessage() + "\nTo re-attach to it (or create it if it does not exist): modelarts train "
                    + arguments.strip() + " --job-name " + quote(jobName) + " --reattach", e);
        }

        private static String quote(String s) {
            return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }
}
