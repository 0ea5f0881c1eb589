package io.jenkins.plugins.modelarts.jenkins.wait;

import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A release gate as configured on a step: threshold rules ({@code accuracy >= 0.92},
 * {@code recall[cat] >= 0.8}), an optional baseline and the allowed regression, and whether a failed
 * gate fails the build or only marks it UNSTABLE.
 *
 * @param baseline {@value #LAST_SUCCESSFUL_BUILD}, a job reference ({@code 10:3} for a v1 version, a v2
 *     job id), or null for none
 */
public final class GateSettings implements Serializable {
    private final List<String> require;
    private final String baseline;
    private final double maxRegression;
    private final boolean unstable;

    private static final long serialVersionUID = 1L;
    public static final String LAST_SUCCESSFUL_BUILD = "lastSuccessfulBuild";

    public GateSettings(List<String> require, String baseline, double maxRegression, boolean unstable) {
        require = require == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(require));
        baseline = baseline == null || baseline.isBlank() || baseline.trim().equalsIgnoreCase("none") ? null : baseline.trim();
        this.require = require;
        this.baseline = baseline;
        this.maxRegression = maxRegression;
        this.unstable = unstable;
    }

    /** Whether anything is configured: rules or a baseline. */
    public boolean isEnabled() {
        return !require.isEmpty() || baseline != null;
    }

    /** Every problem with the rules and numbers, found before the job is even submitted. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            ReleaseGate.parseRules(require);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!(maxRegression >= 0) || Double.isInfinite(maxRegression)) {
            problems.add("maxRegression must be zero or more, got " + maxRegression);
        }
        return problems;
    }

    public boolean baselineIsLastSuccessfulBuild() {
        return baseline != null && baseline.toLowerCase(Locale.ROOT).equals(LAST_SUCCESSFUL_BUILD.toLowerCase(Locale.ROOT));
    }

    public List<String> require() {
        return require;
    }

    public String baseline() {
        return baseline;
    }

    public double maxRegression() {
        return maxRegression;
    }

    public boolean unstable() {
        return unstable;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateSettings o && java.util.Objects.equals(require, o.require) && java.util.Objects.equals(baseline, o.baseline) && java.util.Objects.equals(maxRegression, o.maxRegression) && java.util.Objects.equals(unstable, o.unstable);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(require, baseline, maxRegression, unstable);
    }

    @Override
    public String toString() {
        return "GateSettings[" + "require=" + require + ", " + "baseline=" + baseline + ", " + "maxRegression=" + maxRegression + ", " + "unstable=" + unstable + "]";
    }
}
