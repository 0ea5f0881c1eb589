package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.findings.EfficiencyFindings;
import java.util.List;
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

    private static final Pattern FINDING = Pattern.compile(
            "\\s*finding:([A-Za-z0-9_-]+)\\s*(>=|<=|==|>|<)\\s*([0-9]+)\\s*");
    /** The prefix of rules on efficiency findings: {@code finding:gpu-underused == 0}. */
    public static final String FINDING_PREFIX = "finding:";
    /** {@code finding:any} counts every finding, {@code finding:warning} the warnings. */
    public static final List<String> FINDING_GROUPS = List.of("any", "warning");

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
        Matcher f = FINDING.matcher(text == null ? "" : text);
        if (f.matches()) {
            String id = f.group(1).toLowerCase(Locale.ROOT);
            if (!EfficiencyFindings.IDS.contains(id) && !FINDING_GROUPS.contains(id)) {
                throw new IllegalArgumentException("'" + text + "': unknown finding '" + id + "': expected one of "
                        + String.join(", ", EfficiencyFindings.IDS) + ", or any or warning");
            }
            return new GateRule(FINDING_PREFIX + id, null, Comparison.of(f.group(2)), Double.parseDouble(f.group(3)));
        }
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a gate rule: expected METRIC OP NUMBER,"
                    + " METRIC[CLASS] OP NUMBER or finding:ID OP COUNT, e.g. 'accuracy >= 0.92', 'recall[cat] >= 0.8' or"
                    + " 'finding:gpu-underused == 0' (OP: >= > <= < ==)");
        }
        return new GateRule(m.group(1).toLowerCase(Locale.ROOT), m.group(2), Comparison.of(m.group(3)),
                Double.parseDouble(m.group(4)));
    }

    /** A rule on the number of efficiency findings ({@code finding:ID}) rather than on a model metric. */
    public boolean isFinding() {
        return metric.startsWith(FINDING_PREFIX);
    }

    /** The finding id or group a {@link #isFinding()} rule counts. */
    public String findingId() {
        return metric.substring(FINDING_PREFIX.length());
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
