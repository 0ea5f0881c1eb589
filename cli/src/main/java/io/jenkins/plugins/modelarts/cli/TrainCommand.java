package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.CreateOutcomeUnknownException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "train", description = {"Create a training job from a spec file, and optionally wait for it.",
            "The spec is the v1 create body (job_name, job_desc, config{...}) or a v2 create body (kind, metadata,",
            "algorithm, spec). The whole spec is checked first; every problem is listed and nothing is sent if there",
            "is one (exit code 2)."})
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Parameters(index = "0", paramLabel = "SPEC.json", description = "The job spec file.")
    Path spec;

    @Option(names = "--wait", description = "Wait for the job to end, like `modelarts wait`.")
    boolean waitForEnd;

    @Option(names = "--job-name", paramLabel = "NAME",
            description = "Use this job name instead of the spec's, e.g. resnet-$BUILD_NUMBER: one name per build makes retries safe with --reattach.")
    String jobName;

    @Option(names = "--reattach",
            description = "If a job of this name exists already (a retried or resumed CI run), use it instead of failing.")
    boolean reattach;

    @Mixin
    WaitFlags waitFlags = new WaitFlags();

    private JobSnapshot submit(TrainingJobs jobs, JobSpec jobSpec, CreateTracker tracker) {
        try {
            return submitOrReattach(jobs, jobSpec, tracker);
        } catch (CreateOutcomeUnknownException e) {
            throw new CreateOutcomeUnknown(e, spec, jobSpec.jobName());
        }
    }

    private JobSnapshot submitOrReattach(TrainingJobs jobs, JobSpec jobSpec, CreateTracker tracker) {
        try {
            JobSnapshot created = jobs.submit(jobSpec);
            root.context().err().println((tracker.reattachedAfterLostCreate()
                    ? "Re-attached to training job '" + jobSpec.jobName() + "', which the create made although its answer was lost: "
                    : "Created training job '" + jobSpec.jobName() + "': ") + created.ref()
                    + " (" + created.statusName() + ")");
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

    @Override
    public Integer call() throws InterruptedException {
        JobSpec jobSpec = JobSpecLoader.load(spec, jobName);
        WaitOptions waitOptions = waitForEnd ? waitFlags.toOptions() : null;
        // with --wait --timeout, the timeout bounds the whole command: the create and its recovery too
        Deadline deadline = waitOptions == null || waitOptions.timeout() == null ? null
                : Deadline.after(waitOptions.timeout(), root.context().clock());
        try (ModelArtsClient client = root.connect()) {
            CreateTracker tracker = new CreateTracker(client.transport());
            TrainingJobs jobs = new TrainingJobs(new ModelArtsClient(tracker));
            JobSnapshot created = submit(deadline == null ? jobs : jobs.withDeadline(deadline), jobSpec, tracker);
            if (!waitForEnd) {
                Output out = root.output();
                out.object(created.detail());
                out.line(created.ref().api() == io.jenkins.plugins.modelarts.core.job.JobRef.Api.V1
                        ? created.ref().jobId() + " " + created.ref().versionId()
                        : created.ref().jobId());
                return ExitCodes.OK;
            }
            return WaitCommand.waitAndReport(root, jobs, created.ref(), waitFlags, deadline);
        }
    }

    /** The client's unknown create, with the command that re-attaches to the job (exit code 3). */
    static final class CreateOutcomeUnknown extends ModelArtsException {
        private static final long serialVersionUID = 1L;

        CreateOutcomeUnknown(CreateOutcomeUnknownException e, Path spec, String jobName) {
            super(e.getMessage() + "\nTo re-attach to it (or create it if it does not exist): modelarts train "
                    + quote(spec.toString()) + " --job-name " + quote(jobName) + " --reattach", e);
        }

        private static String quote(String s) {
            return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }
}
