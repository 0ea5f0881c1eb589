package io.jenkins.plugins.modelarts.jenkins.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateBadgeTest {
    private static TrainingRecord record(String name, long jobId, String outcome) {
        return new TrainingRecord(JobRef.v1(jobId, 1).toString(), name, "V0001", "Completed", "COMPLETED", 60_000L,
                Map.of("accuracy", 0.9), outcome, outcome == null ? null : outcome + ": …", "x", JobRef.v1(jobId, 1));
    }

    private static TrainingRecord overridden(String name, long jobId, String reason, String by) {
        TrainingRecord record = record(name, jobId, "OVERRIDDEN");
        record.setOverride(reason, by);
        return record;
    }

    @Test
    void noRecordsOrNoGatedRecordMeansNoBadge() {
        assertThat(GateBadge.of(List.of())).isNull();
        assertThat(GateBadge.of(List.of(record("resnet", 10, null), record("bert", 11, null)))).isNull();
    }

    @Test
    void oneGatedJobShowsItsOutcome() {
        GateBadge badge = GateBadge.of(List.of(record("resnet", 10, "PASS")));

        assertThat(badge.getOutcome()).isEqualTo("PASS");
        assertThat(badge.getText()).isEqualTo("gate PASS");
        assertThat(badge.getTooltip()).isEqualTo("resnet V0001: gate PASS");
        assertThat(badge.getSymbol()).isEqualTo("symbol-check");
        assertThat(badge.getColorClass()).isEqualTo("jenkins-!-success-color");
    }

    @Test
    void anOverriddenGateSaysWhoAndWhy() {
        GateBadge badge = GateBadge.of(List.of(overridden("resnet", 10, "relabelled test set", "alice")));

        assertThat(badge.getText()).isEqualTo("gate OVERRIDDEN by alice: relabelled test set");
        assertThat(badge.getTooltip()).isEqualTo("resnet V0001: gate OVERRIDDEN by alice: relabelled test set");
        assertThat(badge.getSymbol()).isEqualTo("symbol-person");
    }

    @Test
    void anOverriddenRecordWrittenBeforeTheReasonWasKeptSaysOnlyTheOutcome() {
        assertThat(GateBadge.of(List.of(record("resnet", 10, "OVERRIDDEN"))).getText()).isEqualTo("gate OVERRIDDEN");
    }

    @Test
    void severalJobsShowTheWorstOutcomeAndListEachGatedJobInOrder() {
        GateBadge badge = GateBadge.of(List.of(record("resnet", 10, "PASS"), record("bert", 11, null),
                overridden("vit", 12, "known drift", "bob"), record("gpt", 13, "UNSTABLE")));

        assertThat(badge.getOutcome()).isEqualTo("UNSTABLE");
        assertThat(badge.getText()).isEqualTo("gate UNSTABLE");
        assertThat(badge.getSymbol()).isEqualTo("symbol-shield-warning");
        assertThat(badge.getColorClass()).isEqualTo("jenkins-!-warning-color");
        assertThat(badge.getLines()).containsExactly("resnet V0001: gate PASS", "vit V0001: gate OVERRIDDEN by bob: known drift",
                "gpt V0001: gate UNSTABLE");
        assertThat(badge.getTooltip()).isEqualTo(
                "resnet V0001: gate PASS\\nvit V0001: gate OVERRIDDEN by bob: known drift\\ngpt V0001: gate UNSTABLE");
    }

    @Test
    void failureIsWorseThanEveryOtherOutcomeWhereverItComes() {
        for (List<String> order : List.of(List.of("FAILURE", "UNSTABLE", "OVERRIDDEN", "PASS"),
                List.of("PASS", "OVERRIDDEN", "UNSTABLE", "FAILURE"), List.of("OVERRIDDEN", "FAILURE", "PASS", "UNSTABLE"))) {
            List<TrainingRecord> records = new java.util.ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                records.add(record("job" + i, 20 + i, order.get(i)));
            }
            GateBadge badge = GateBadge.of(records);
            assertThat(badge.getOutcome()).as("worst of %s", order).isEqualTo("FAILURE");
            assertThat(badge.getSymbol()).isEqualTo("symbol-close-circle");
            assertThat(badge.getColorClass()).isEqualTo("jenkins-!-error-color");
        }
    }

    @Test
    void anOverriddenGateIsWorseThanAPassedOne() {
        GateBadge badge = GateBadge.of(List.of(record("resnet", 10, "PASS"), overridden("vit", 12, "known drift", "bob")));

        assertThat(badge.getText()).isEqualTo("gate OVERRIDDEN by bob: known drift");
        assertThat(badge.getColorClass()).isEqualTo("jenkins-!-warning-color");
    }

    @Test
    void anOutcomeThisVersionDoesNotKnowCountsAsNotGated() {
        assertThat(GateBadge.of(List.of(record("resnet", 10, "SKIPPED")))).isNull();
        assertThat(GateBadge.of(List.of(record("resnet", 10, "SKIPPED"), record("bert", 11, "PASS"))).getLines())
                .containsExactly("bert V0001: gate PASS");
    }

    @Test
    void theBuildActionIsTheBadgeOfItsRecordsAndAReRunGateReplacesTheEarlierVerdict() {
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        assertThat(action.getGateBadge()).isNull();

        action.add(record("resnet", 10, null));
        assertThat(action.getGateBadge()).as("trained, not gated").isNull();

        action.add(record("resnet", 10, "FAILURE"));
        assertThat(action.getGateBadge().getText()).isEqualTo("gate FAILURE");

        action.add(overridden("resnet", 10, "relabelled test set", "alice"));
        assertThat(action.getGateBadge().getLines()).containsExactly("resnet V0001: gate OVERRIDDEN by alice: relabelled test set");
    }
}
