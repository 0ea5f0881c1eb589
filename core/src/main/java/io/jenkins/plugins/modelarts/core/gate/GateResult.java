package io.jenkins.plugins.modelarts.core.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict and every rule's result, in the order the rules were given (baseline comparisons last).
 *
 * @param override who overrode the failed gate and why; non-null exactly when the outcome is
 *     {@link GateOutcome#OVERRIDDEN}
 */
public record GateResult(GateOutcome outcome, List<RuleResult> rules, List<String> notes, GateOverride override) {
    /** How many failed rules {@link #summary()} spells out. */
    public static final int FAILURES_IN_SUMMARY = 10;

    public GateResult {
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        if ((override != null) != (outcome == GateOutcome.OVERRIDDEN)) {
            throw new IllegalArgumentException("an OVERRIDDEN verdict, and only it, carries its override");
        }
    }

    /** A verdict nobody overrode. */
    public GateResult(GateOutcome outcome, List<RuleResult> rules, List<String> notes) {
        this(outcome, rules, notes, null);
    }

    /**
     * The one place an override is applied: a failed verdict (FAILURE or UNSTABLE) becomes
     * OVERRIDDEN with its failed rules kept; a passing verdict stays PASS, noting that the override
     * was not needed. A null override changes nothing.
     */
    public GateResult overriddenBy(GateOverride given) {
        if (given == null || outcome == GateOutcome.OVERRIDDEN) {
            return this;
        }
        if (outcome == GateOutcome.PASS) {
            List<String> more = new ArrayList<>(notes);
            more.add("the gate passed: the override (" + given.describe() + ") was not used");
            return new GateResult(outcome, rules, more, null);
        }
        return new GateResult(GateOutcome.OVERRIDDEN, rules, notes, given);
    }

    public boolean passed() {
        return outcome == GateOutcome.PASS;
    }

    public List<RuleResult> failures() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * One line for a log: {@code PASS: 3 of 3 rules passed}, {@code FAILURE: 1 of 3 rules failed: accuracy >= 0.92 (0.9)},
     * or for an overridden gate the failure followed by {@code ; overridden by alice: REASON}. At most
     * {@value #FAILURES_IN_SUMMARY} failed rules are spelled out (a 1,000-class model compared with its
     * baseline class by class could fail thousands); the rest are counted.
     */
    public String summary() {
        List<RuleResult> failed = failures();
        String overridden = override == null ? "" : "; " + override.describe();
        if (failed.isEmpty()) {
            return outcome + ": " + rules.size() + " of " + rules.size() + (rules.size() == 1 ? " rule" : " rules") + " passed"
                    + overridden;
        }
        StringBuilder sb = new StringBuilder(outcome.toString()).append(": ").append(failed.size()).append(" of ")
                .append(rules.size()).append(rules.size() == 1 ? " rule" : " rules").append(" failed: ");
        int shown = Math.min(failed.size(), FAILURES_IN_SUMMARY);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : "; ").append(failed.get(i).message());
        }
        if (failed.size() > shown) {
            sb.append("; and ").append(failed.size() - shown).append(" more failed rules (every rule is in the report)");
        }
        return sb.append(overridden).toString();
    }

    /** For a Pipeline step's return value: plain maps, lists, strings, numbers and booleans only. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("outcome", outcome.name());
        map.put("passed", passed());
        map.put("summary", summary());
        map.put("rules", rules.stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("name", r.name());
            rule.put("actual", r.actual());
            rule.put("passed", r.passed());
            rule.put("message", r.message());
            return rule;
        }).toList());
        map.put("notes", notes);
        if (override != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reason", override.reason());
            o.put("by", override.by());
            map.put("override", o);
        }
        return map;
    }
}
