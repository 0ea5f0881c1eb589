package io.jenkins.plugins.modelarts.core.gate;

import io.jenkins.plugins.modelarts.core.metrics.ClassMetrics;
import io.jenkins.plugins.modelarts.core.metrics.MetricOrder;
import io.jenkins.plugins.modelarts.core.metrics.ModelMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a baseline into rules: {@code METRIC vs baseline} for every total the
 * baseline reports and, when {@link Baseline#comparesClasses()}, {@code METRIC[CLASS] vs baseline}
 * for every class metric it reports. Higher is better: this job's value must be at least the
 * baseline's minus the allowed drop. What the baseline reports and this job does not fails its rule;
 * what only this job reports is not a regression (a note says which classes).
 *
 * <p>Classes are matched by class name; when either side has no name, by class id
 * ({@link ClassMetrics#sameClassIn}, as the report's per-class deltas are).
 */
final class BaselineComparison {
    private static final int NAMED_IN_A_NOTE = 10;

    private BaselineComparison() {}

    static void compare(ModelMetrics current, Baseline baseline, List<RuleResult> results, List<String> notes) {
        totals(current, baseline, results, notes);
        if (baseline.comparesClasses()) {
            classes(current, baseline, results, notes);
        }
    }

    private static void totals(ModelMetrics current, Baseline baseline, List<RuleResult> results, List<String> notes) {
        if (baseline.metrics().totals().isEmpty()) {
            notes.add("the baseline (" + baseline.source() + ") reported no total metrics: nothing to compare with");
            return;
        }
        Map<String, Double> totals = baseline.metrics().totals();
        for (String name : MetricOrder.of(totals.keySet())) { // the same order whether the baseline came from a report or the API
            results.add(rule(name, current.totals().get(name), totals.get(name), baseline.maxRegression(), baseline, ""));
        }
    }

    private static void classes(ModelMetrics current, Baseline baseline, List<RuleResult> results, List<String> notes) {
        List<ClassMetrics> baselineClasses = baseline.metrics().classes();
        if (baselineClasses.isEmpty()) {
            notes.add("the baseline (" + baseline.source() + ") reported no per-class metrics: no class to compare");
            return;
        }
        List<ClassMetrics> onlyHere = new ArrayList<>(current.classes());
        for (int i = 0; i < baselineClasses.size(); i++) {
            ClassMetrics b = baselineClasses.get(i);
            String label = label(b, i);
            ClassMetrics now = b.sameClassIn(current.classes());
            String how = now != null && !(b.hasName() && now.hasName()) ? " (matched by class id " + b.classId() + ")" : "";
            onlyHere.remove(now);
            for (String metric : MetricOrder.of(b.values().keySet())) {
                String subject = metric + "[" + label + "]";
                if (now == null) {
                    results.add(new RuleResult(subject + " vs baseline", null, false, "class '" + label
                            + "' was reported by the baseline (" + baseline.source() + ") but not by this job"));
                } else {
                    results.add(rule(subject, ReleaseGate.ignoringCase(now.values(), metric), b.values().get(metric),
                            baseline.maxClassRegression(), baseline, how));
                }
            }
        }
        if (!onlyHere.isEmpty()) {
            notes.add(onlyHereNote(onlyHere, current.classes(), baseline));
        }
    }

    private static RuleResult rule(String subject, Double now, double then, double allowed, Baseline baseline, String how) {
        String name = subject + " vs baseline";
        if (now == null) {
            return new RuleResult(name, null, false,
                    subject + " was reported by the baseline (" + baseline.source() + ") but not by this job" + how);
        }
        boolean ok = now >= then - allowed - 1e-12;
        return new RuleResult(name, now, ok, subject + " is " + GateNumbers.format(now) + ", baseline "
                + GateNumbers.format(then) + " (" + baseline.source() + "), allowed drop " + GateNumbers.format(allowed) + how
                + (ok ? "" : ": a regression"));
    }

    /** The class's name, else its id, else its position in the baseline's list ({@code #3}). */
    static String label(ClassMetrics c, int index) {
        if (c.hasName()) {
            return c.className();
        }
        return c.classId().isBlank() ? "#" + (index + 1) : c.classId();
    }

    private static String onlyHereNote(List<ClassMetrics> onlyHere, List<ClassMetrics> all, Baseline baseline) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < onlyHere.size() && i < NAMED_IN_A_NOTE; i++) {
            names.add(label(onlyHere.get(i), all.indexOf(onlyHere.get(i))));
        }
        int more = onlyHere.size() - names.size();
        return onlyHere.size() + (onlyHere.size() == 1 ? " class" : " classes") + " only this job reports, not in the baseline ("
                + baseline.source() + "), not compared: " + String.join(", ", names) + (more > 0 ? " and " + more + " more" : "");
    }
}
