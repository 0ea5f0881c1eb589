package io.jenkins.plugins.modelarts.jenkins.report;

import io.jenkins.plugins.modelarts.core.gate.GateOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What the build history shows next to a build whose training jobs were gated: the worst outcome of the build's gates
 * as an icon of core's (one per outcome, coloured), its text ({@code gate FAILURE}, {@code gate OVERRIDDEN by alice:
 * relabelled test set}) and a tooltip with one line per gated job. Worst first: FAILURE, UNSTABLE, OVERRIDDEN, PASS
 * (an overridden gate released the model, an unstable one did not: {@link ReleaseRow#isReleased()}). Made by
 * {@link ModelArtsBuildAction#getGateBadge()}, rendered by its {@code badge.jelly}; JavaBean getters for the view.
 */
public final class GateBadge {
    private static final List<GateOutcome> WORST_FIRST =
            List.of(GateOutcome.FAILURE, GateOutcome.UNSTABLE, GateOutcome.OVERRIDDEN, GateOutcome.PASS);
    /** Core's tooltips (war/src/main/js/components/tooltips) turn the two characters {@code \n} into a line break. */
    static final String TOOLTIP_LINE_BREAK = "\\n";

    private final GateOutcome outcome;
    private final String text;
    private final List<String> lines;

    private GateBadge(GateOutcome outcome, String text, List<String> lines) {
        this.outcome = outcome;
        this.text = text;
        this.lines = List.copyOf(lines);
    }

    /**
     * The badge of a build with {@code records}; null when none of them was gated (no badge). A record whose outcome
     * this version does not know (a build.xml edited, or written by a later version) counts as not gated.
     */
    public static GateBadge of(List<TrainingRecord> records) {
        TrainingRecord worst = null;
        List<String> lines = new ArrayList<>();
        for (TrainingRecord record : records) {
            GateOutcome outcome = record.gateOutcome();
            if (outcome == null) {
                continue;
            }
            lines.add(record.getTitle() + ": " + describe(record));
            if (worst == null || WORST_FIRST.indexOf(outcome) < WORST_FIRST.indexOf(worst.gateOutcome())) {
                worst = record;
            }
        }
        return worst == null ? null : new GateBadge(worst.gateOutcome(), describe(worst), lines);
    }

    /** {@code gate PASS}, or {@code gate OVERRIDDEN by alice: relabelled test set} when the override was kept. */
    private static String describe(TrainingRecord record) {
        String text = "gate " + record.getGateOutcome();
        if (record.getOverrideReason() != null) {
            text += " by " + record.getOverriddenBy() + ": " + record.getOverrideReason();
        }
        return text;
    }

    /** PASS, UNSTABLE, FAILURE or OVERRIDDEN: the worst of the build's gates. */
    public String getOutcome() {
        return outcome.name();
    }

    /** The worst gate's words, without its job: {@code gate FAILURE}. */
    public String getText() {
        return text;
    }

    /** One line per gated job, in the order the build finished them: {@code resnet V0003: gate PASS}. */
    public List<String> getLines() {
        return lines;
    }

    /** The lines as core's {@code tooltip} attribute takes several (plain text: core shows no markup in it). */
    public String getTooltip() {
        return String.join(TOOLTIP_LINE_BREAK, lines);
    }

    /** A symbol core 2.479 ships (war/src/main/resources/images/symbols), for {@code <l:icon src=…>}. */
    public String getSymbol() {
        return switch (outcome) {
            case PASS -> "symbol-check";
            case UNSTABLE -> "symbol-shield-warning";
            case FAILURE -> "symbol-close-circle";
            case OVERRIDDEN -> "symbol-person";
        };
    }

    /** Core's semantic colour classes ({@code .jenkins-!-success-color}, …, war/src/main/scss/abstracts/_colors.scss). */
    public String getColorClass() {
        return switch (outcome) {
            case PASS -> "jenkins-!-success-color";
            case UNSTABLE, OVERRIDDEN -> "jenkins-!-warning-color";
            case FAILURE -> "jenkins-!-error-color";
        };
    }
}
