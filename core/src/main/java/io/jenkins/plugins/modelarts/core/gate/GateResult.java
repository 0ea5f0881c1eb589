package io.jenkins.plugins.modelarts.core.gate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdict and every rule's result, in the order the rules were given (baseline comparisons last). */
public record GateResult(GateOutcome outcome, List<RuleResult> rules, List<String> notes) {
    public GateResult {
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return outcome == GateOutcome.PASS;
    }

    public List<RuleResult> failures() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    /** One line for a log: {@code PASS: 3 of 3 rules passed} or {@code FAILURE: 1 of 3 rules failed: accuracy >= 0.92 (0.9)}. */
    public String summary() {
        List<RuleResult> failed = failures();
        if (failed.isEmpty()) {
            return outcome + ": " + rules.size() + " of " + rules.size() + (rules.size() == 1 ? " rule" : " rules") + " passed";
        }
        StringBuilder sb = new StringBuilder(outcome.toString()).append(": ").append(failed.size()).append(" of ")
                .append(rules.size()).append(rules.size() == 1 ? " rule" : " rules").append(" failed: ");
        for (int i = 0; i < failed.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(failed.get(i).message());
        }
        return sb.toString();
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
        return map;
    }
}
