package io.jenkins.plugins.modelarts.core.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * An audited override of a failed release gate: why the model is released anyway, and who decided
 * it. Given to {@link GateResult#overriddenBy}, it turns a failed verdict into
 * {@link GateOutcome#OVERRIDDEN}; the failed rules stay failed, and every rendering of the result
 * (log line, JSON, HTML, JUnit XML) shows who overrode the gate and why.
 *
 * @param reason why, in the overrider's words (never blank)
 * @param by who overrode the gate: a user name, or how the build was started
 */
public record GateOverride(String reason, String by) {
    public GateOverride {
        Objects.requireNonNull(reason, "reason == null");
        Objects.requireNonNull(by, "by == null");
        reason = reason.strip();
        by = by.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if (by.isEmpty()) {
            by = "unknown";
        }
    }

    /** The override a front end was given, empty when the reason is null or blank (no override asked for). */
    public static Optional<GateOverride> of(String reason, String by) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GateOverride(reason, by == null ? "" : by));
    }

    /** {@code overridden by alice: the drop is expected after the relabelling}. */
    public String describe() {
        return "overridden by " + by + ": " + reason;
    }
}
