package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.job.WaitOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of every command that waits for a job. */
final class WaitFlags {
    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time between status reads: seconds or 30s, 2m (default 30s). ModelArts throttles; keep it at 10s or more against the cloud.")
    Duration pollInterval = WaitOptions.DEFAULT_POLL_INTERVAL;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up after this long (e.g. 2h, 90m) with exit code 4. Default (or 0): wait until the job ends.")
    Duration timeout;

    @Option(names = "--keep-running-on-timeout",
            description = "On timeout, leave the job running. By default it is asked to stop, so it does not bill unseen.")
    boolean keepRunningOnTimeout;

    WaitOptions toOptions() {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new UsageException("--poll-interval must be positive, got " + io.jenkins.plugins.modelarts.core.job.Durations.human(pollInterval));
        }
        return WaitOptions.defaults()
                .withPollInterval(pollInterval)
                .withTimeout(timeLimit())
                .withStopOnTimeout(!keepRunningOnTimeout);
    }

    /** The wait's time limit; null (no limit) when none was given or it is 0, as everywhere else. */
    Duration timeLimit() {
        return timeout == null || timeout.isZero() ? null : timeout;
    }
}
