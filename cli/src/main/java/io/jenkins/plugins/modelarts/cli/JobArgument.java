package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code JOB [--job-version V]} arguments of every command that addresses one job. */
final class JobArgument {
    @Parameters(index = "0", paramLabel = "JOB", description = "v1 job id (digits) or v2 training job id (UUID).")
    String job;

    @Option(names = "--job-version", paramLabel = "V", description = "v1 version id (default: the newest version).")
    Long version;

    /** The old spelling of {@code --job-version}, still accepted; hidden because it reads like the CLI's own version. */
    @Option(names = "--version", paramLabel = "V", hidden = true)
    void legacyVersion(Long v) {
        version = v;
    }

    /** @throws IllegalArgumentException (exit code 2) for an id that is neither form */
    JobRef ref() {
        return JobRef.parse(job, version);
    }
}
