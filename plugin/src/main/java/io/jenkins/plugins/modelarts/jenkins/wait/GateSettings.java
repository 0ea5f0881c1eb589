package io.jenkins.plugins.modelarts.jenkins.wait;

import io.jenkins.plugins.modelarts.core.gate.GateOverride;
import io.jenkins.plugins.modelarts.core.gate.ReleaseGate;
import io.jenkins.plugins.modelarts.core.findings.FindingThresholds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A release gate as configured on a step: threshold rules ({@code accuracy >= 0.92},
 * {@code recall[cat] >= 0.8}), an optional baseline and the allowed regression (of the totals, and
 * optionally of each class), whether a failed
 * gate fails the build or only marks it UNSTABLE, and the efficiency findings' thresholds
 * ({@code gpu_underused_percent=20}; the report's findings use them, gated or not), and an audited
 * override of a failed gate: its reason, and who gives it (null: the build's causes say who).
 *
 * @param baseline {@value #LAST_SUCCESSFUL_BUILD}, a job reference ({@code 10:3} for a v1 version, a v2
 *     job id), or null for none
 */
public final class GateSettings implements Serializable {
    private final List<String> require;
    private final String baseline;
    private final double maxRegression;
    private final boolean unstable;
    /** {@code NAME=VALUE} items for {@link FindingThresholds#with(List)}; null in settings saved before it existed. */
    private final List<String> findingThresholds;
    /** Why a failed gate is overridden; null for no override (and in settings saved before it existed). */
    private final String overrideReason;
    /** Who overrides; null when not given (the build's causes are recorded instead). */
    private final String overrideBy;
    /** How far each class's metric may drop below the baseline's; null: classes are not compared (and in settings saved before it existed). */
    private final Double maxClassRegression;

    private static final long serialVersionUID = 1L;
    public static final String LAST_SUCCESSFUL_BUILD = "lastSuccessfulBuild";

    public GateSettings(List<String> require, String baseline, double maxRegression, boolean unstable) {
        this(require, baseline, maxRegression, unstable, List.of());
    }

    public GateSettings(List<String> require, String baseline, double maxRegression, boolean unstable,
            List<String> findingThresholds) {
        this(require, baseline, maxRegression, unstable, findingThresholds, null, null);
    }

    public GateSettings(List<String> require, String baseline, double maxRegression, boolean unstable,
            List<String> findingThresholds, String overrideReason, String overrideBy) {
        this(require, baseline, maxRegression, unstable, findingThresholds, overrideReason, overrideBy, null);
    }

    public GateSettings(List<String> require, String baseline, double maxRegression, boolean unstable,
            List<String> findingThresholds, String overrideReason, String overrideBy, Double maxClassRegression) {
        this.maxClassRegression = maxClassRegression;
        this.overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        this.overrideBy = overrideBy == null || overrideBy.isBlank() ? null : overrideBy.strip();
        this.findingThresholds = findingThresholds == null ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(findingThresholds));
        require = require == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(require));
        baseline = baseline == null || baseline.isBlank() || baseline.trim().equalsIgnoreCase("none") ? null : baseline.trim();
        this.require = require;
        this.baseline = baseline;
        this.maxRegression = maxRegression;
        this.unstable = unstable;
    }

    /** This, when it says anything (rules, a baseline, finding thresholds); null when all is left at the defaults. */
    public GateSettings ifConfigured() {
        return isEnabled() || !findingThresholdItems().isEmpty() ? this : null;
    }

    /** Whether the gate is to be evaluated: rules or a baseline. */
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
        if (maxClassRegression != null && (!(maxClassRegression >= 0) || Double.isInfinite(maxClassRegression))) {
            problems.add("maxClassRegression must be zero or more, got " + maxClassRegression);
        }
        try {
            findingThresholds();
        } catch (IllegalArgumentException e) {
            problems.add("findingThresholds: " + e.getMessage().replace("\n", "; "));
        }
        return problems;
    }

    /** The thresholds the efficiency findings are derived with: the defaults with this gate's items replaced. */
    public FindingThresholds findingThresholds() {
        return FindingThresholds.defaults().with(findingThresholdItems());
    }

    /** The {@code NAME=VALUE} items as given. */
    public List<String> findingThresholdItems() {
        return findingThresholds == null ? List.of() : findingThresholds;
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

    /** How far each class's metric may drop below the same class's in the baseline; null when classes are not compared. */
    public Double maxClassRegression() {
        return maxClassRegression;
    }

    public boolean unstable() {
        return unstable;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String overrideBy() {
        return overrideBy;
    }

    /**
     * The override to apply to this gate's verdict, empty without a reason.
     *
     * @param causes who started the build, as its causes say ("Started by user alice"), used when no
     *     {@code overrideBy} was given
     */
    public Optional<GateOverride> override(Supplier<String> causes) {
        if (overrideReason == null) {
            return Optional.empty();
        }
        return GateOverride.of(overrideReason, overrideBy != null ? overrideBy : causes.get());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateSettings o && java.util.Objects.equals(require, o.require) && java.util.Objects.equals(baseline, o.baseline) && java.util.Objects.equals(maxRegression, o.maxRegression) && java.util.Objects.equals(unstable, o.unstable) && findingThresholdItems().equals(o.findingThresholdItems()) && java.util.Objects.equals(overrideReason, o.overrideReason) && java.util.Objects.equals(overrideBy, o.overrideBy) && java.util.Objects.equals(maxClassRegression, o.maxClassRegression);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(require, baseline, maxRegression, unstable, findingThresholdItems(), overrideReason, overrideBy, maxClassRegression);
    }

    @Override
    public String toString() {
        return "GateSettings[" + "require=" + require + ", " + "baseline=" + baseline + ", " + "maxRegression=" + maxRegression + ", maxClassRegression=" + maxClassRegression + ", " + "unstable=" + unstable + ", findingThresholds=" + findingThresholdItems() + ", overrideReason=" + overrideReason + ", overrideBy=" + overrideBy + "]";
    }
}
