package io.jenkins.plugins.modelarts.core.gate;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One threshold a model must meet: a total metric ({@code accuracy >= 0.92}) or one class's metric
 * ({@code recall[cat] >= 0.8}). Parse rules as users write them with {@link #parse(String)}.
 *
 * @param metric the metric name as ModelArts reports it ({@code accuracy}, {@code f1_score}, ...)
 * @param className a class name for a per-class rule, or null for a total
 */
public record GateRule(String metric, String className, Comparison comparison, double threshold) {
    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\[\\s*([^\\]]+?)\\s*])?\\s*(>=|<=|==|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*");

    /** How the value is compared with the threshold. */
    public enum Comparison {
        AT_LEAST(">="),
        ABOVE(">"),
        AT_MOST("<="),
        BELOW("<"),
        EQUAL("==");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case ABOVE -> value > threshold;
                case AT_MOST -> value <= threshold;
                case BELOW -> value < threshold;
                case EQUAL -> Math.abs(value - threshold) < 1e-9;
            };
        }

        static Comparison of(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown comparison " + symbol);
        }
    }

    public GateRule {
        Objects.requireNonNull(metric, "metric == null");
        Objects.requireNonNull(comparison, "comparison == null");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number");
        }
    }

    /**
     * Reads {@code metric OP number} or {@code metric[class] OP number}, OP one of
     * {@code >= > <= < ==}.
     *
     * @throws IllegalArgumentException naming the rule and the expected form
     */
    public static GateRule parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a gate rule: expected METRIC OP NUMBER or"
                    + " METRIC[CLASS] OP NUMBER, e.g. 'accuracy >= 0.92' or 'recall[cat] >= 0.8' (OP: >= > <= < ==)");
        }
        return new GateRule(m.group(1).toLowerCase(Locale.ROOT), m.group(2), Comparison.of(m.group(3)),
                Double.parseDouble(m.group(4)));
    }

    public boolean isPerClass() {
        return className != null;
    }

    /** {@code accuracy >= 0.92}, {@code recall[cat] >= 0.8}. */
    @Override
    public String toString() {
        return subject() + " " + comparison.symbol + " " + GateNumbers.format(threshold);
    }

    /** {@code accuracy} or {@code recall[cat]}. */
    public String subject() {
        return className == null ? metric : metric + "[" + className + "]";
    }

    boolean holds(double value) {
        return comparison.holds(value, threshold);
    }
}
