package io.jenkins.plugins.modelarts.core.gate;

import java.util.Objects;

/**
 * How one rule fared: its name ({@code accuracy >= 0.92}, {@code accuracy vs baseline}), the value
 * measured (null when the metric was not reported), whether it passed, and one sentence saying why.
 */
public record RuleResult(String name, Double actual, boolean passed, String message) {
    public RuleResult {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(message, "message == null");
    }
}
