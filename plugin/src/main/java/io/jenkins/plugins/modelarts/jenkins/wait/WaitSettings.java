package io.jenkins.plugins.modelarts.jenkins.wait;

import java.io.Serializable;
import java.time.Duration;

/**
 * How a step waits for a job and what it does when the job ends, copied from the step's parameters
 * into the waiting execution (and persisted with it). Names and numbers only; the builder is not
 * persisted, so program.dat holds the same fields as ever.
 *
 * @param pollInterval the interval between status reads, or null for the shared poller's phase-aware default
 * @param timeout how long to wait at most, or null to wait as long as the job runs
 * @param stopJob stop the remote job when the build is aborted or the timeout is exceeded
 * @param unstableOnFailure a failed or stopped job marks the build UNSTABLE instead of failing the step
 * @param streamLog print new lines of the job's log while waiting
 * @param maxLogLines at most this many lines are streamed to the console
 * @param archiveLogs archive the objects under the job's log_url with the build when it ends
 * @param maxArchiveBytes the total size cap of those objects
 * @param publishReport add the training report (metrics, charts, JSON) to the build
 * @param gate the release gate, or null
 */
public final class WaitSettings implements Serializable {
    private final Duration pollInterval;
    private final Duration timeout;
    private final boolean stopJob;
    private final boolean unstableOnFailure;
    private final boolean streamLog;
    private final int maxLogLines;
    private final boolean archiveLogs;
    private final long maxArchiveBytes;
    private final boolean publishReport;
    private final GateSettings gate;

    private static final long serialVersionUID = 1L;
    public static final int DEFAULT_MAX_LOG_LINES = 1000;
    public static final int DEFAULT_MAX_ARCHIVE_MB = 500;
    /** How often new log lines are fetched when no poll interval is set. */
    public static final Duration DEFAULT_LOG_INTERVAL = Duration.ofSeconds(30);

    private WaitSettings(Builder b) {
        this.pollInterval = b.pollInterval;
        this.timeout = b.timeout;
        this.stopJob = b.stopJob;
        this.unstableOnFailure = b.unstableOnFailure;
        this.streamLog = b.streamLog;
        this.maxLogLines = Math.max(0, b.maxLogLines);
        this.archiveLogs = b.archiveLogs;
        this.maxArchiveBytes = Math.max(0, b.maxArchiveBytes);
        this.publishReport = b.publishReport;
        this.gate = b.gate;
    }

    /** The defaults every step starts from: no poll interval or timeout, and everything else on. */
    public static WaitSettings defaults() {
        return builder().build();
    }

    /**
     * A job that has already ended, only gated (the gate step, the freestyle gate): its report is
     * published with the gate's verdict; nothing is stopped, streamed or archived.
     */
    public static WaitSettings gateOnly(GateSettings gate) {
        return builder().stopJob(false).streamLog(false).archiveLogs(false).gate(gate).build();
    }

    /** Settings starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** How often the log is read: the poll interval when set, else {@link #DEFAULT_LOG_INTERVAL}. */
    public Duration logInterval() {
        return pollInterval != null ? pollInterval : DEFAULT_LOG_INTERVAL;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public Duration timeout() {
        return timeout;
    }

    public boolean stopJob() {
        return stopJob;
    }

    public boolean unstableOnFailure() {
        return unstableOnFailure;
    }

    public boolean streamLog() {
        return streamLog;
    }

    public int maxLogLines() {
        return maxLogLines;
    }

    public boolean archiveLogs() {
        return archiveLogs;
    }

    public long maxArchiveBytes() {
        return maxArchiveBytes;
    }

    public boolean publishReport() {
        return publishReport;
    }

    public GateSettings gate() {
        return gate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitSettings o && java.util.Objects.equals(pollInterval, o.pollInterval) && java.util.Objects.equals(timeout, o.timeout) && java.util.Objects.equals(stopJob, o.stopJob) && java.util.Objects.equals(unstableOnFailure, o.unstableOnFailure) && java.util.Objects.equals(streamLog, o.streamLog) && java.util.Objects.equals(maxLogLines, o.maxLogLines) && java.util.Objects.equals(archiveLogs, o.archiveLogs) && java.util.Objects.equals(maxArchiveBytes, o.maxArchiveBytes) && java.util.Objects.equals(publishReport, o.publishReport) && java.util.Objects.equals(gate, o.gate);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pollInterval, timeout, stopJob, unstableOnFailure, streamLog, maxLogLines, archiveLogs, maxArchiveBytes, publishReport, gate);
    }

    @Override
    public String toString() {
        return "WaitSettings[" + "pollInterval=" + pollInterval + ", " + "timeout=" + timeout + ", " + "stopJob=" + stopJob + ", " + "unstableOnFailure=" + unstableOnFailure + ", " + "streamLog=" + streamLog + ", " + "maxLogLines=" + maxLogLines + ", " + "archiveLogs=" + archiveLogs + ", " + "maxArchiveBytes=" + maxArchiveBytes + ", " + "publishReport=" + publishReport + ", " + "gate=" + gate + "]";
    }

    /** Starts from the defaults: stop the job, stream and archive its log, publish the report. */
    public static final class Builder {
        private Duration pollInterval;
        private Duration timeout;
        private boolean stopJob = true;
        private boolean unstableOnFailure;
        private boolean streamLog = true;
        private int maxLogLines = DEFAULT_MAX_LOG_LINES;
        private boolean archiveLogs = true;
        private long maxArchiveBytes = DEFAULT_MAX_ARCHIVE_MB * 1024L * 1024L;
        private boolean publishReport = true;
        private GateSettings gate;

        private Builder() {}

        /** Null (the default) for the shared poller's phase-aware interval. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /** Null (the default) to wait as long as the job runs. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder stopJob(boolean stopJob) {
            this.stopJob = stopJob;
            return this;
        }

        public Builder unstableOnFailure(boolean unstableOnFailure) {
            this.unstableOnFailure = unstableOnFailure;
            return this;
        }

        public Builder streamLog(boolean streamLog) {
            this.streamLog = streamLog;
            return this;
        }

        /** Negative counts as 0. */
        public Builder maxLogLines(int maxLogLines) {
            this.maxLogLines = maxLogLines;
            return this;
        }

        public Builder archiveLogs(boolean archiveLogs) {
            this.archiveLogs = archiveLogs;
            return this;
        }

        /** Negative counts as 0. */
        public Builder maxArchiveBytes(long maxArchiveBytes) {
            this.maxArchiveBytes = maxArchiveBytes;
            return this;
        }

        public Builder publishReport(boolean publishReport) {
            this.publishReport = publishReport;
            return this;
        }

        /** Null (the default) for no gate. */
        public Builder gate(GateSettings gate) {
            this.gate = gate;
            return this;
        }

        public WaitSettings build() {
            return new WaitSettings(this);
        }
    }
}
