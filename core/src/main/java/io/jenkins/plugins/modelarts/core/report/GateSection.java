package io.jenkins.plugins.modelarts.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.core.gate.GateOverride;
import io.jenkins.plugins.modelarts.core.gate.GateResult;
import io.jenkins.plugins.modelarts.core.gate.RuleResult;
import java.util.Locale;

/**
 * A release gate's verdict in the report: at the top of the HTML page (an overridden gate as a
 * banner, "Gate failed — overridden by WHO: REASON", before the rules) and as the JSON document's
 * {@code gate} object. All text is escaped.
 */
final class GateSection {
    static final String CSS = ".gate{border-left:4px solid #1a7f37;background:#f6f8fa;padding:2px 10px;margin:.5em 0}"
            + ".gate.failure,.gate.unstable{border-color:#cf222e;background:#ffebe9}"
            + ".gate.overridden{border-color:#bf8700;background:#fff8c5}.override{font-weight:bold;font-size:1.1em}"
            + ".rule-failed{color:#a40e26}";

    private GateSection() {}

    /** The verdict, the override when there is one, and each rule; nothing without a gate. */
    static void html(StringBuilder html, GateResult gate) {
        if (gate == null) {
            return;
        }
        String outcome = gate.outcome().name();
        html.append("<section class=\"gate ").append(outcome.toLowerCase(Locale.ROOT)).append("\"><h2>Release gate: ")
                .append(outcome).append("</h2>\n");
        GateOverride override = gate.override();
        if (override != null) {
            html.append("<p class=\"override\">Gate failed — overridden by ").append(Html.escape(override.by())).append(": ")
                    .append(Html.escape(override.reason())).append("</p>\n");
        }
        if (!gate.rules().isEmpty()) {
            html.append("<ul class=\"rules\">");
            for (RuleResult r : gate.rules()) {
                html.append("<li class=\"").append(r.passed() ? "rule-passed\">pass: " : "rule-failed\">failed: ")
                        .append(Html.escape(r.message())).append("</li>");
            }
            html.append("</ul>\n");
        }
        gate.notes().forEach(n -> html.append("<p class=\"notes\">").append(Html.escape(n)).append("</p>\n"));
        html.append("</section>\n");
    }

    /**
     * {@code {"outcome": "OVERRIDDEN", "summary": ..., "rules": [{"name", "actual", "passed", "message"}],
     * "notes": [...], "override": {"reason": ..., "by": ...}}}, {@code override} null unless overridden.
     */
    static void json(ObjectNode root, GateResult gate) {
        if (gate == null) {
            return;
        }
        ObjectNode node = root.putObject("gate").put("outcome", gate.outcome().name()).put("summary", gate.summary());
        ArrayNode rules = node.putArray("rules");
        for (RuleResult r : gate.rules()) {
            rules.addObject().put("name", r.name()).put("actual", r.actual()).put("passed", r.passed()).put("message", r.message());
        }
        ArrayNode notes = node.putArray("notes");
        gate.notes().forEach(notes::add);
        GateOverride override = gate.override();
        if (override == null) {
            node.putNull("override");
        } else {
            node.putObject("override").put("reason", override.reason()).put("by", override.by());
        }
    }
}
