package io.jenkins.plugins.modelarts.jenkins.report;

import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One gated training job of a finished build in the {@link ReleaseHistory}: the build, when it finished, its result,
 * the job and the gate's outcome with its override. {@link #isReleased()} says whether the build released the model.
 * JavaBean getters, since the trend page reads them as {@code ${row.number}}.
 */
public final class ReleaseRow {
    private final int number;
    private final Instant finishedAt;
    private final String result;
    private final TrainingRecord record;

    ReleaseRow(int number, Instant finishedAt, String result, TrainingRecord record) {
        this.number = number;
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt == null");
        this.result = result;
        this.record = Objects.requireNonNull(record, "record == null");
    }

    /**
     * The one rule: a build released its model when it ended SUCCESS and its gate passed or was overridden. A gate
     * that failed (or made the build UNSTABLE), or a build that failed after the gate, released nothing.
     */
    public boolean isReleased() {
        GateOutcome outcome = record.gateOutcome();
        return "SUCCESS".equals(result) && (outcome == GateOutcome.PASS || outcome == GateOutcome.OVERRIDDEN);
    }

    public int getNumber() {
        return number;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** {@code 2024-05-01T10:00:00Z}: the finish time in UTC, to the second. */
    public String getFinished() {
        return finishedAt.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public String getResult() {
        return result;
    }

    public String getTitle() {
        return record.getTitle();
    }

    public String getJobId() {
        return record.getJobId();
    }

    /** The job's version name (v1), null for a v2 job. */
    public String getVersion() {
        return record.getVersion();
    }

    public String getGateOutcome() {
        return record.getGateOutcome();
    }

    /** Whether the gate was overridden with a recorded reason (false for records written before it was kept). */
    public boolean isOverridden() {
        return record.getOverrideReason() != null;
    }

    public String getOverrideReason() {
        return record.getOverrideReason();
    }

    public String getOverriddenBy() {
        return record.getOverriddenBy();
    }

    /** {@code build #3, job resnet V0003 (id 10)}: for the answer to "which model was released at T". */
    public String describe() {
        return "build #" + number + ", job " + getTitle() + " (id " + getJobId() + ")";
    }

    /** For the JSON form: plain strings, numbers and booleans, nulls kept so every row has the same keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("build", number);
        map.put("finishedAt", getFinished());
        map.put("result", result);
        map.put("title", getTitle());
        map.put("jobId", getJobId());
        map.put("version", getVersion());
        map.put("gateOutcome", getGateOutcome());
        map.put("overrideReason", getOverrideReason());
        map.put("overriddenBy", getOverriddenBy());
        map.put("released", isReleased());
        return map;
    }
}
