package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The waiting settings of {@code modelartsWaitForJob} and {@code modelartsTrain(wait: true)}: timeout,
 * poll interval, what abort does, what a failed job does, log streaming and archiving, the report,
 * and (inherited) the release gate. Defaults: no timeout, the shared poller's interval, stop the job
 * on abort, fail on a failed job, stream up to 1,000 log lines, archive up to 500 MB of logs, publish
 * the report.
 */
public abstract class WaitingStep extends GatingStep {
    private int timeout;
    private int pollInterval;
    private boolean stopOnAbort = true;
    private boolean unstableOnJobFailure;
    private boolean streamLog = true;
    private int maxLogLines = WaitSettings.DEFAULT_MAX_LOG_LINES;
    private boolean archiveLogs = true;
    private int maxArchiveMb = WaitSettings.DEFAULT_MAX_ARCHIVE_MB;
    private boolean publishReport = true;

    public int getTimeout() {
        return timeout;
    }

    /** Minutes; 0 waits as long as the job runs. */
    @DataBoundSetter
    public void setTimeout(int timeout) {
        this.timeout = Math.max(0, timeout);
    }

    public int getPollInterval() {
        return pollInterval;
    }

    /** Seconds; 0 uses the global setting or the shared poller's phase-aware default. */
    @DataBoundSetter
    public void setPollInterval(int pollInterval) {
        this.pollInterval = Math.max(0, pollInterval);
    }

    public boolean isStopOnAbort() {
        return stopOnAbort;
    }

    @DataBoundSetter
    public void setStopOnAbort(boolean stopOnAbort) {
        this.stopOnAbort = stopOnAbort;
    }

    public boolean isUnstableOnJobFailure() {
        return unstableOnJobFailure;
    }

    @DataBoundSetter
    public void setUnstableOnJobFailure(boolean unstableOnJobFailure) {
        this.unstableOnJobFailure = unstableOnJobFailure;
    }

    public boolean isStreamLog() {
        return streamLog;
    }

    @DataBoundSetter
    public void setStreamLog(boolean streamLog) {
        this.streamLog = streamLog;
    }

    public int getMaxLogLines() {
        return maxLogLines;
    }

    @DataBoundSetter
    public void setMaxLogLines(int maxLogLines) {
        this.maxLogLines = Math.max(0, maxLogLines);
    }

    public boolean isArchiveLogs() {
        return archiveLogs;
    }

    @DataBoundSetter
    public void setArchiveLogs(boolean archiveLogs) {
        this.archiveLogs = archiveLogs;
    }

    public int getMaxArchiveMb() {
        return maxArchiveMb;
    }

    @DataBoundSetter
    public void setMaxArchiveMb(int maxArchiveMb) {
        this.maxArchiveMb = Math.max(0, maxArchiveMb);
    }

    public boolean isPublishReport() {
        return publishReport;
    }

    @DataBoundSetter
    public void setPublishReport(boolean publishReport) {
        this.publishReport = publishReport;
    }

    /** The settings for the execution, the poll interval falling back to the global default. */
    protected final WaitSettings waitSettings() {
        var defaultInterval = io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime.get().defaults().pollInterval();
        GateSettings gate = gateSettings();
        return WaitSettings.builder()
                .pollInterval(pollInterval > 0 ? StepValues.seconds(pollInterval) : defaultInterval)
                .timeout(StepValues.minutes(timeout))
                .stopJob(stopOnAbort)
                .unstableOnFailure(unstableOnJobFailure)
                .streamLog(streamLog)
                .maxLogLines(maxLogLines)
                .archiveLogs(archiveLogs)
                .maxArchiveBytes(maxArchiveMb * 1024L * 1024L)
                .publishReport(publishReport)
                .gate(gate.ifConfigured())
                .build();
    }

    /** Every problem with the waiting and gate settings. */
    protected final List<String> waitProblems() {
        return new ArrayList<>(gateSettings().problems());
    }
}
