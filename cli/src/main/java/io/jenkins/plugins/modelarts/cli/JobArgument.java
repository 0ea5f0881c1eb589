package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code JOB [--version V]} arguments of every command that addresses one job. */
final class JobArgument {
    @Parameters(index = "0", paramLabel = "JOB", description = "v1 job id (digits) or v2 training job id (UUID).")
    String job;

    @Option(names = "--version", paramLabel = "V", description = "v1 version id (default: the newest version).")
    Long version;

    /** @throws IllegalArgumentException (exit code 2) for an id that is neither form */
    JobRef ref() {
        return JobRef.parse(job, version);
    }
}
