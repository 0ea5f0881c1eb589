package io.jenkins.plugins.modelarts.jenkins.report;

import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One training job's entry in a build's {@link ModelArtsBuildAction}: what the build page and the
 * project trend show without reading the report files. Stored in build.xml (a plain class, not a
 * record: XStream cannot read records back). {@code reportDir} is the report's folder under the
 * build's {@value BuildReports#FOLDER} folder; {@code gateOutcome} is PASS, UNSTABLE, FAILURE or OVERRIDDEN (its summary says who overrode it and why, and
 * {@code overrideReason}/{@code overriddenBy} keep the two apart), null without a gate.
 */
public final class TrainingRecord implements Serializable {
    private final String ref;
    private final String name;
    private final String version;
    private final String status;
    private final String state;
    private final Long durationMillis;
    private final Map<String, Double> totals;
    private final String gateOutcome;
    private final String gateSummary;
    private final String reportDir;
    private final String jobId;
    private final Long versionId;
    /** The job's page in the ModelArts console; null when the region is not known (or in older records). */
    private String consoleUrl;
    /** How many efficiency findings the report has (0 in older records). */
    private int findings;
    /** Why an OVERRIDDEN gate was overridden; null otherwise (and in records written before it was kept). */
    private String overrideReason;
    /** Who overrode the gate; null when {@link #overrideReason} is. */
    private String overriddenBy;

    private static final long serialVersionUID = 1L;

    public TrainingRecord(String ref, String name, String version, String status, String state, Long durationMillis, Map<String, Double> totals, String gateOutcome, String gateSummary, String reportDir, JobRef job) {
        totals = totals == null ? new LinkedHashMap<>() : new LinkedHashMap<>(totals);
        this.ref = ref;
        this.name = name;
        this.version = version;
        this.status = status;
        this.state = state;
        this.durationMillis = durationMillis;
        this.totals = totals;
        this.gateOutcome = gateOutcome;
        this.gateSummary = gateSummary;
        this.reportDir = reportDir;
        this.jobId = job.jobId();
        this.versionId = job.versionId();
    }

    public String getConsoleUrl() {
        return consoleUrl;
    }

    /** Set only from core's ConsoleLinks (an https address of the console), never from user input. */
    public void setConsoleUrl(String url) {
        this.consoleUrl = url;
    }

    public int getFindings() {
        return findings;
    }

    public void setFindings(int count) {
        this.findings = count;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    /** Set from the gate's {@code GateOverride} only: both null when nobody overrode the gate. */
    public void setOverride(String reason, String by) {
        this.overrideReason = reason;
        this.overriddenBy = reason == null ? null : by;
    }

    /** The job's id (a v1 number as text, or a v2 id), for tables. */
    public String getJobId() {
        return jobId;
    }

    /** The job, for steps that act on "the job this build trained" (the freestyle gate). */
    public JobRef getJob() {
        return JobRef.parse(jobId, versionId);
    }

    /** The job's name with its version, for headings. */
    public String getTitle() {
        String base = name == null || name.isBlank() ? ref : name;
        return version == null ? base : base + " " + version;
    }

    // JavaBean getters: Jenkins views read properties as ${record.status}, which JEXL resolves to getStatus() only.

    public String getRef() {
        return ref;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getStatus() {
        return status;
    }

    public String getState() {
        return state;
    }

    public Long getDurationMillis() {
        return durationMillis;
    }

    public Map<String, Double> getTotals() {
        return totals;
    }

    public String getGateOutcome() {
        return gateOutcome;
    }

    /**
     * The gate's outcome as the enum; null without a gate, and for a name this version does not know (a build.xml
     * edited, or written by a later version).
     */
    public GateOutcome gateOutcome() {
        for (GateOutcome outcome : GateOutcome.values()) {
            if (outcome.name().equals(gateOutcome)) {
                return outcome;
            }
        }
        return null;
    }

    public String getGateSummary() {
        return gateSummary;
    }

    public String getReportDir() {
        return reportDir;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingRecord o && java.util.Objects.equals(ref, o.ref) && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(version, o.version) && java.util.Objects.equals(status, o.status) && java.util.Objects.equals(state, o.state) && java.util.Objects.equals(durationMillis, o.durationMillis) && java.util.Objects.equals(totals, o.totals) && java.util.Objects.equals(gateOutcome, o.gateOutcome) && java.util.Objects.equals(gateSummary, o.gateSummary) && java.util.Objects.equals(reportDir, o.reportDir) && java.util.Objects.equals(overrideReason, o.overrideReason) && java.util.Objects.equals(overriddenBy, o.overriddenBy);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ref, name, version, status, state, durationMillis, totals, gateOutcome, gateSummary, reportDir, overrideReason, overriddenBy);
    }

    @Override
    public String toString() {
        return "TrainingRecord[" + "ref=" + ref + ", " + "name=" + name + ", " + "version=" + version + ", " + "status=" + status + ", " + "state=" + state + ", " + "durationMillis=" + durationMillis + ", " + "totals=" + totals + ", " + "gateOutcome=" + gateOutcome + ", " + "gateSummary=" + gateSummary + ", " + "reportDir=" + reportDir + ", " + "overrideReason=" + overrideReason + ", " + "overriddenBy=" + overriddenBy + "]";
    }
}
