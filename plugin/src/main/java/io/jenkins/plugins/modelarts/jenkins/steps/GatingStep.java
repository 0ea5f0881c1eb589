package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The release gate settings shared by {@code modelartsGate} and the waiting steps: rules over the
 * job's metrics, an optional baseline with an allowed regression, and whether a failed gate fails the
 * build or marks it UNSTABLE, and an audited override of a failed gate (a reason, and who gives it).
 */
public abstract class GatingStep extends ModelArtsStep {
    private List<String> require = new ArrayList<>();
    private String baseline;
    private double maxRegression;
    private Double maxClassRegression;
    private boolean unstableOnGateFailure;
    private List<String> findingThresholds = new ArrayList<>();
    private String overrideReason;
    private String overrideBy;

    public List<String> getRequire() {
        return new ArrayList<>(require);
    }

    /**
     * Rules such as {@code ['accuracy >= 0.92', 'recall[cat] >= 0.8']}; an entry with several lines (the form's
     * text area) gives one rule per line. A Pipeline may also pass one string (see
     * {@link ModelArtsStepDescriptor#customInstantiate}).
     */
    @DataBoundSetter
    public void setRequire(List<String> require) {
        this.require = StepValues.lines(require);
    }

    /** For the Snippet Generator's text area. */
    public String getRequireText() {
        return String.join("\n", require);
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(String baseline) {
        this.baseline = hudson.Util.fixEmptyAndTrim(baseline);
    }

    public double getMaxRegression() {
        return maxRegression;
    }

    @DataBoundSetter
    public void setMaxRegression(double maxRegression) {
        this.maxRegression = maxRegression;
    }

    public Double getMaxClassRegression() {
        return maxClassRegression;
    }

    /** How far each class's metric may drop below the same class's in the baseline; null (the default): classes are not compared. */
    @DataBoundSetter
    public void setMaxClassRegression(Double maxClassRegression) {
        this.maxClassRegression = maxClassRegression;
    }

    public boolean isUnstableOnGateFailure() {
        return unstableOnGateFailure;
    }

    @DataBoundSetter
    public void setUnstableOnGateFailure(boolean unstableOnGateFailure) {
        this.unstableOnGateFailure = unstableOnGateFailure;
    }

    public List<String> getFindingThresholds() {
        return new ArrayList<>(findingThresholds);
    }

    /**
     * The efficiency findings' thresholds replaced, {@code ['gpu_underused_percent=20', 'queued_minutes=30']} (a
     * Pipeline may also pass a map, {@code [gpu_underused_percent: 20]}, or one string with one per line; see
     * {@link ModelArtsStepDescriptor#customInstantiate}). The report's findings and {@code finding:} rules use them.
     */
    @DataBoundSetter
    public void setFindingThresholds(List<String> findingThresholds) {
        this.findingThresholds = StepValues.lines(findingThresholds);
    }

    /** For the Snippet Generator's text area. */
    public String getFindingThresholdsText() {
        return String.join("\n", findingThresholds);
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    /** Why a failed gate is released anyway (an audited override): the verdict becomes OVERRIDDEN, the build succeeds. */
    @DataBoundSetter
    public void setOverrideReason(String overrideReason) {
        this.overrideReason = hudson.Util.fixEmptyAndTrim(overrideReason);
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    /** Who overrides the gate; when not given, the build's causes ("Started by user alice") are recorded. */
    @DataBoundSetter
    public void setOverrideBy(String overrideBy) {
        this.overrideBy = hudson.Util.fixEmptyAndTrim(overrideBy);
    }

    protected final GateSettings gateSettings() {
        return new GateSettings(require, baseline, maxRegression, unstableOnGateFailure, findingThresholds, overrideReason,
                overrideBy, maxClassRegression);
    }
}
