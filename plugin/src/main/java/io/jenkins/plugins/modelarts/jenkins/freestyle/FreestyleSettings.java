package io.jenkins.plugins.modelarts.jenkins.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.modelarts.jenkins.connection.FieldChecks;
import io.jenkins.plugins.modelarts.jenkins.credentials.CredentialsListBox;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.steps.StepValues;
import io.jenkins.plugins.modelarts.jenkins.wait.GateSettings;
import io.jenkins.plugins.modelarts.jenkins.wait.WaitSettings;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * The connection, waiting and gate settings of the freestyle steps, as one nested form section
 * ("Advanced"), with the same names and defaults as the Pipeline steps' parameters.
 */
public class FreestyleSettings extends AbstractDescribableImpl<FreestyleSettings> {
    private String credentialsId;
    private String region;
    private String endpoint;
    private String projectId;
    private int timeout;
    private int pollInterval;
    private boolean stopOnAbort = true;
    private boolean unstableOnJobFailure;
    private boolean archiveLogs = true;
    private int maxArchiveMb = WaitSettings.DEFAULT_MAX_ARCHIVE_MB;
    private boolean publishReport = true;
    private List<String> require = new ArrayList<>();
    private String baseline;
    private double maxRegression;
    private Double maxClassRegression;
    private boolean unstableOnGateFailure;
    private List<String> findingThresholds = new ArrayList<>();
    private String overrideReason;
    private String overrideBy;

    @DataBoundConstructor
    public FreestyleSettings() {}

    void copyFrom(FreestyleSettings o) {
        if (o == null) {
            return;
        }
        credentialsId = o.credentialsId;
        region = o.region;
        endpoint = o.endpoint;
        projectId = o.projectId;
        timeout = o.timeout;
        pollInterval = o.pollInterval;
        stopOnAbort = o.stopOnAbort;
        unstableOnJobFailure = o.unstableOnJobFailure;
        archiveLogs = o.archiveLogs;
        maxArchiveMb = o.maxArchiveMb;
        publishReport = o.publishReport;
        require = new ArrayList<>(o.require);
        baseline = o.baseline;
        maxRegression = o.maxRegression;
        maxClassRegression = o.maxClassRegression;
        unstableOnGateFailure = o.unstableOnGateFailure;
        findingThresholds = new ArrayList<>(o.findingThresholds == null ? List.of() : o.findingThresholds);
        overrideReason = o.overrideReason;
        overrideBy = o.overrideBy;
    }

    Connection connection(ConnectionDefaults defaults) {
        return Connection.resolve(defaults, endpoint, region, projectId, credentialsId);
    }

    GateSettings gateSettings() {
        return new GateSettings(require, baseline, maxRegression, unstableOnGateFailure, findingThresholds, overrideReason,
                overrideBy, maxClassRegression);
    }

    WaitSettings waitSettings(ConnectionDefaults defaults) {
        GateSettings gate = gateSettings();
        return WaitSettings.builder()
                .pollInterval(pollInterval > 0 ? StepValues.seconds(pollInterval) : defaults.pollInterval())
                .timeout(StepValues.minutes(timeout))
                .stopJob(stopOnAbort)
                .unstableOnFailure(unstableOnJobFailure)
                .archiveLogs(archiveLogs)
                .maxArchiveBytes(maxArchiveMb * 1024L * 1024L)
                .publishReport(publishReport)
                .gate(gate.ifConfigured())
                .build();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    public String getEndpoint() {
        return endpoint;
    }

    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        this.endpoint = Util.fixEmptyAndTrim(endpoint);
    }

    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
    }

    public int getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(int timeout) {
        this.timeout = Math.max(0, timeout);
    }

    public int getPollInterval() {
        return pollInterval;
    }

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

    public String getRequire() {
        return String.join("\n", require);
    }

    /** One rule per line. */
    @DataBoundSetter
    public void setRequire(String require) {
        this.require = StepValues.lines(require);
    }

    public String getFindingThresholds() {
        return findingThresholds == null ? "" : String.join("\n", findingThresholds);
    }

    /** The efficiency findings' thresholds replaced, one {@code NAME=VALUE} per line ({@code gpu_underused_percent=20}). */
    @DataBoundSetter
    public void setFindingThresholds(String findingThresholds) {
        this.findingThresholds = StepValues.lines(findingThresholds);
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    /** Why a failed gate is released anyway (an audited override): the verdict becomes OVERRIDDEN, the build succeeds. */
    @DataBoundSetter
    public void setOverrideReason(String overrideReason) {
        this.overrideReason = Util.fixEmptyAndTrim(overrideReason);
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    /** Who overrides the gate; when not given, the build's causes ("Started by user alice") are recorded. */
    @DataBoundSetter
    public void setOverrideBy(String overrideBy) {
        this.overrideBy = Util.fixEmptyAndTrim(overrideBy);
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(String baseline) {
        this.baseline = Util.fixEmptyAndTrim(baseline);
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

    /** The form helpers of the section: the same as the Pipeline steps' (a select needs its fill method). */
    @Extension
    public static class DescriptorImpl extends Descriptor<FreestyleSettings> {
        @NonNull
        @Override
        public String getDisplayName() {
            return "ModelArts settings";
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsListBox.fill(item, credentialsId);
        }

        public FormValidation doCheckEndpoint(@QueryParameter String value) {
            return FieldChecks.endpoint(value);
        }

        public FormValidation doCheckRegion(@QueryParameter String value) {
            return FieldChecks.region(value);
        }

        public FormValidation doCheckTimeout(@QueryParameter String value) {
            return FieldChecks.timeoutMinutes(value);
        }

        public FormValidation doCheckPollInterval(@QueryParameter String value) {
            return FieldChecks.pollIntervalSeconds(value);
        }

        public FormValidation doCheckRequire(@QueryParameter String value) {
            return FieldChecks.rules(value);
        }

        public FormValidation doCheckFindingThresholds(@QueryParameter String value) {
            return FieldChecks.findingThresholds(value);
        }
    }
}
