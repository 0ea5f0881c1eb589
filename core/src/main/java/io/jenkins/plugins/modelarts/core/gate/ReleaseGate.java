package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.findings.Finding;
import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An MLOps release gate: thresholds on a model's metrics, and optionally a comparison with a
 * baseline model, decide whether a trained model may be released. The same gate serves the
 * Pipeline step, the freestyle step and {@code modelarts gate}.
 *
 * <p>A metric the job did not report fails its rule (a gate never passes on missing evidence).
 * Without a baseline (the first release) the comparison is skipped with a note. What a baseline
 * compares (totals, and each class when asked) is decided by {@link BaselineComparison}.
 *
 * @param rules thresholds, all of which must hold
 * @param baseline what to compare with, or null for none
 * @param onFailure the outcome when a rule fails: {@link GateOutcome#FAILURE} or
 *     {@link GateOutcome#UNSTABLE}
 */
public record ReleaseGate(List<GateRule> rules, Baseline baseline, GateOutcome onFailure) {
    public ReleaseGate {
        rules = List.copyOf(rules);
        Objects.requireNonNull(onFailure, "onFailure == null");
        if (onFailure == GateOutcome.PASS) {
            throw new IllegalArgumentException("onFailure must be FAILURE or UNSTABLE");
        }
        if (rules.isEmpty() && baseline == null) {
            throw new IllegalArgumentException("a gate needs at least one rule or a baseline");
        }
    }

    /** Parses rules as users write them; every bad rule is reported together. */
    public static List<GateRule> parseRules(List<String> texts) {
        List<GateRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            try {
                rules.add(GateRule.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return rules;
    }

    /** The gate on model metrics only: a {@code finding:} rule fails, as there are no findings to count. */
    public GateResult evaluate(ModelMetrics current) {
        return evaluate(current, null);
    }

    /**
     * The gate on a job's model metrics and its efficiency findings ({@code finding:ID OP COUNT} rules
     * count them; null when they are not known, which fails those rules).
     */
    public GateResult evaluate(ModelMetrics current, List<Finding> findings) {
        Objects.requireNonNull(current, "current == null");
        List<RuleResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>(current.notes());
        for (GateRule rule : rules) {
            results.add(rule.isFinding() ? count(rule, findings) : check(rule, current));
        }
        if (baseline == null) {
            if (rules.isEmpty()) {
                notes.add("no baseline yet: nothing to compare with");
            }
        } else {
            BaselineComparison.compare(current, baseline, results, notes);
        }
        boolean allPassed = results.stream().allMatch(RuleResult::passed);
        return new GateResult(allPassed ? GateOutcome.PASS : onFailure, results, notes);
    }

    private static RuleResult count(GateRule rule, List<Finding> findings) {
        if (findings == null) {
            return new RuleResult(rule.toString(), null, false, rule + ": the job's efficiency findings are not known here");
        }
        String id = rule.findingId();
        List<Finding> counted = findings.stream().filter(f -> id.equals("any") || id.equals(f.id())
                || id.equals("warning") && f.level() == Finding.Level.WARNING).toList();
        int n = counted.size();
        boolean ok = rule.holds(n);
        String which = counted.stream().map(Finding::summary).reduce((a, b) -> a + " " + b).map(t -> " (" + t + ")").orElse("");
        return new RuleResult(rule.toString(), (double) n, ok,
                rule + ": " + n + (n == 1 ? " finding" : " findings") + which + (ok ? "" : ", which fails"));
    }

    private static RuleResult check(GateRule rule, ModelMetrics metrics) {
        Double value = rule.isPerClass() ? classValue(metrics, rule) : ignoringCase(metrics.totals(), rule.metric());
        if (value == null) {
            String where = rule.isPerClass() ? "class '" + rule.className() + "'" : "the job's totals";
            return new RuleResult(rule.toString(), null, false, rule + ": " + rule.metric() + " was not reported for " + where);
        }
        boolean ok = rule.holds(value);
        return new RuleResult(rule.toString(), value, ok,
                rule + ": " + rule.subject() + " is " + GateNumbers.format(value) + (ok ? "" : ", which fails"));
    }

    /** Rules name metrics in lower case; a service that reports {@code F1_Score} is still matched. */
    static Double ignoringCase(Map<String, Double> values, String name) {
        Double exact = values.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Double classValue(ModelMetrics metrics, GateRule rule) {
        for (ClassMetrics c : metrics.classes()) {
            if (rule.className().equals(c.className()) || rule.className().equals(c.classId())) {
                return ignoringCase(c.values(), rule.metric());
            }
        }
        return null;
    }
}
