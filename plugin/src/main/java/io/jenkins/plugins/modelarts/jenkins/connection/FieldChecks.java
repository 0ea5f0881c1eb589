package io.jenkins.plugins.modelarts.jenkins.connection;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.modelarts.client.Endpoints;
import io.jenkins.plugins.modelarts.client.model.NameRules;
import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import io.jenkins.plugins.modelarts.jenkins.steps.StepValues;
import java.util.Locale;

/**
 * The form checks shared by the global configuration, the steps' Snippet Generator forms and the
 * freestyle builders. Local checks only: none of them calls out, so they need no POST or permission.
 */
public final class FieldChecks {
    private FieldChecks() {}

    public static FormValidation endpoint(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.ok();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            return FormValidation.warning("Plain http:// sends signed requests unencrypted; use it only for a local emulator");
        }
        if (!lower.startsWith("https://")) {
            return FormValidation.error("The endpoint must be an https:// URL, e.g. https://modelarts.cn-north-4.myhuaweicloud.com");
        }
        return FormValidation.ok();
    }

    public static FormValidation region(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.ok();
        }
        try {
            Endpoints.checkRegion(v);
            return FormValidation.ok("Endpoint: " + Endpoints.modelArts(v));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    public static FormValidation pollIntervalSeconds(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null || v.equals("0")) {
            return FormValidation.ok("0: 15 s while pending, 60 s while running, shared by every waiting step");
        }
        return positive(v, "seconds", 5, 3600);
    }

    public static FormValidation timeoutMinutes(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null || v.equals("0")) {
            return FormValidation.ok("0: wait as long as the job runs");
        }
        return positive(v, "minutes", 1, 60 * 24 * 30);
    }

    public static FormValidation jobName(String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v == null) {
            return FormValidation.ok("Empty: derived from the Jenkins job name and build number");
        }
        if (v.contains("${")) {
            return FormValidation.ok();
        }
        return NameRules.isValid(v) ? FormValidation.ok()
                : FormValidation.error(String.join("; ", NameRules.problems("job name", v)));
    }

    /** The training cache's policy: never, successful, or a maximum age. */
    public static FormValidation reuse(String value) {
        try {
            return FormValidation.ok(io.jenkins.plugins.modelarts.core.cache.ReusePolicy.parse(value).toString());
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static FormValidation positive(String v, String unit, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                return FormValidation.error("Between " + min + " and " + max + " " + unit);
            }
            return FormValidation.ok();
        } catch (NumberFormatException e) {
            return FormValidation.error("A whole number of " + unit);
        }
    }

    /** Release gate rules, one per line: how many there are, or the first that does not parse. */
    public static FormValidation rules(String value) {
        try {
            int n = ReleaseGate.parseRules(StepValues.lines(value)).size();
            return FormValidation.ok(n == 0 ? "" : n + (n == 1 ? " rule" : " rules"));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The efficiency findings' thresholds, one {@code NAME=VALUE} per line. */
    public static FormValidation findingThresholds(String value) {
        try {
            FindingThresholds.defaults().with(StepValues.lines(value));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
