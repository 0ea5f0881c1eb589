package io.jenkins.plugins.modelarts.jenkins.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which builds released a model, and which release was in effect at a given time. */
class ReleaseHistoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<ReleaseHistory.Build> newestFirst = new ArrayList<>();

    private static TrainingRecord record(int job, String outcome) {
        return new TrainingRecord("job " + job + " version 1", "resnet-" + job, "V0001", "Completed", "COMPLETED", 1000L,
                Map.of(), outcome, outcome == null ? null : outcome + ": …", job + "-v1", JobRef.v1(job, 1));
    }

    private static TrainingRecord overridden(int job, String reason, String by) {
        TrainingRecord record = record(job, "OVERRIDDEN");
        record.setOverride(reason, by);
        return record;
    }

    /** Builds are added oldest first here, and kept newest first as the action hands them over. */
    private void build(int number, Instant finished, String result, TrainingRecord... records) {
        newestFirst.add(0, new ReleaseHistory.Build(number, finished, result, List.of(records)));
    }

    private ReleaseHistory history() {
        return ReleaseHistory.of(newestFirst);
    }

    @Test
    void aSuccessfulBuildWhoseGatePassedOrWasOverriddenReleasedItsModel() {
        build(1, T0, "SUCCESS", record(1, "PASS"));
        build(2, T0.plusSeconds(60), "FAILURE", record(2, "FAILURE"));
        build(3, T0.plusSeconds(120), "SUCCESS", overridden(3, "relabelled test set", "alice"));
        build(4, T0.plusSeconds(180), "UNSTABLE", record(4, "UNSTABLE"));
        build(5, T0.plusSeconds(240), "FAILURE", record(5, "PASS"));

        List<ReleaseRow> rows = history().rows();

        assertThat(rows).extracting(ReleaseRow::getNumber).containsExactly(5, 4, 3, 2, 1);
        assertThat(rows).extracting(ReleaseRow::isReleased).containsExactly(false, false, true, false, true);
        assertThat(rows.get(2).getOverrideReason()).isEqualTo("relabelled test set");
        assertThat(rows.get(2).getOverriddenBy()).isEqualTo("alice");
        assertThat(rows.get(4).getOverrideReason()).isNull();
        assertThat(rows.get(4).getFinished()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void jobsWithoutAGateAreNotRowsAndABuildsLaterJobComesFirst() {
        build(1, T0, "SUCCESS", record(1, null));
        build(2, T0.plusSeconds(60), "SUCCESS", record(21, "PASS"), record(22, null), record(23, "FAILURE"));

        assertThat(history().rows()).extracting(ReleaseRow::getJobId).containsExactly("23", "21");
    }

    @Test
    void theReleaseAtATimeIsTheLastReleasedBuildThatFinishedAtOrBeforeIt() {
        build(1, T0, "SUCCESS", record(1, "PASS"));
        build(2, T0.plusSeconds(60), "FAILURE", record(2, "FAILURE"));
        build(3, T0.plusSeconds(120), "SUCCESS", overridden(3, "relabelled test set", "alice"));
        ReleaseHistory history = history();

        assertThat(history.releasedAt(T0.minusMillis(1))).as("before the first release").isEmpty();
        assertThat(history.releasedAt(T0)).as("the instant build 1 finished").get().extracting(ReleaseRow::getNumber).isEqualTo(1);
        assertThat(history.releasedAt(T0.plusSeconds(90))).as("a failed build released nothing").get()
                .extracting(ReleaseRow::getNumber).isEqualTo(1);
        assertThat(history.releasedAt(T0.plusSeconds(120).minusMillis(1))).get().extracting(ReleaseRow::getNumber).isEqualTo(1);
        assertThat(history.releasedAt(T0.plusSeconds(120))).get().extracting(ReleaseRow::getNumber).isEqualTo(3);
        assertThat(history.releasedAt(T0.plusSeconds(86_400))).get().extracting(ReleaseRow::getNumber).isEqualTo(3);
    }

    @Test
    void aBuildThatFinishedLaterWinsOverANewerBuildThatFinishedEarlier() {
        build(7, T0.plusSeconds(300), "SUCCESS", record(7, "PASS")); // long build, started first
        build(8, T0.plusSeconds(100), "SUCCESS", record(8, "PASS")); // short build, started later

        assertThat(history().releasedAt(T0.plusSeconds(200))).get().extracting(ReleaseRow::getNumber).isEqualTo(8);
        assertThat(history().releasedAt(T0.plusSeconds(300))).get().extracting(ReleaseRow::getNumber).isEqualTo(7);
    }

    @Test
    void noBuildsNoRelease() {
        ReleaseHistory history = history();

        assertThat(history.rows()).isEmpty();
        assertThat(history.releasedAt(T0)).isEmpty();
        assertThat(history.answer("2024-05-01T10:00:00Z", BERLIN).getMessage())
                .isEqualTo("No model had been released by 2024-05-01T10:00:00Z (among the builds listed).");
    }

    @Test
    void theTimeIsAnInstantADateTimeWithAnOffsetOrALocalDateTimeInTheControllersZone() {
        assertThat(ReleaseHistory.parseAt("2024-05-01T10:00:00Z", BERLIN)).isEqualTo(T0);
        assertThat(ReleaseHistory.parseAt(" 2024-05-01T12:00:00+02:00 ", BERLIN)).isEqualTo(T0);
        assertThat(ReleaseHistory.parseAt("2024-05-01T12:00", BERLIN)).as("CEST is UTC+2 in May").isEqualTo(T0);
        assertThat(ReleaseHistory.parseAt("2024-05-01T10:00:00.5", ZoneId.of("UTC"))).isEqualTo(T0.plusMillis(500));
    }

    @Test
    void anUnreadableTimeIsAClearMessageNamingTheForms() {
        for (String bad : new String[] {"yesterday", "", "2024-05-01", "2024-13-01T10:00"}) {
            assertThatThrownBy(() -> ReleaseHistory.parseAt(bad, BERLIN)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot read \"" + bad + "\" as a time")
                    .hasMessageContaining("2024-05-01T10:00:00Z").hasMessageContaining("Europe/Berlin");
        }
        build(1, T0, "SUCCESS", record(1, "PASS"));

        ReleaseAnswer answer = history().answer("yesterday", BERLIN);

        assertThat(answer.getError()).startsWith("cannot read \"yesterday\" as a time");
        assertThat(answer.getRelease()).isNull();
        assertThat(answer.getMessage()).startsWith("Cannot answer: cannot read \"yesterday\"");
    }

    @Test
    void theAnswerNamesTheBuildAndTheJob() {
        build(3, T0, "SUCCESS", overridden(3, "relabelled test set", "alice"));

        ReleaseAnswer answer = history().answer("2024-05-01T12:30+02:00", BERLIN);

        assertThat(answer.getAt()).isEqualTo(T0.plusSeconds(1800));
        assertThat(answer.getMessage()).isEqualTo("Released at 2024-05-01T10:30:00Z: build #3, job resnet-3 V0001 (id 3), "
                + "finished 2024-05-01T10:00:00Z, gate OVERRIDDEN.");
    }

    @Test
    void theJsonFormHasEveryRowWithTheSameKeysAndTheAnswer() {
        build(1, T0, "SUCCESS", record(1, "PASS"));
        build(3, T0.plusSeconds(60), "SUCCESS", overridden(3, "relabelled test set", "alice"));
        ReleaseHistory history = history();

        Map<String, Object> map = history.toMap(history.answer("2024-05-01T10:00:30Z", BERLIN));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> releases = (List<Map<String, Object>>) map.get("releases");
        assertThat(releases).hasSize(2);
        assertThat(releases.get(0)).containsEntry("build", 3).containsEntry("finishedAt", "2024-05-01T10:01:00Z")
                .containsEntry("result", "SUCCESS").containsEntry("title", "resnet-3 V0001").containsEntry("jobId", "3")
                .containsEntry("version", "V0001").containsEntry("gateOutcome", "OVERRIDDEN")
                .containsEntry("overrideReason", "relabelled test set").containsEntry("overriddenBy", "alice")
                .containsEntry("released", true);
        assertThat(releases.get(1).keySet()).isEqualTo(releases.get(0).keySet());
        assertThat(releases.get(1)).containsEntry("overrideReason", null).containsEntry("build", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) map.get("at");
        assertThat(at).containsEntry("at", "2024-05-01T10:00:30Z").containsEntry("error", null);
        assertThat(at.get("release")).isEqualTo(releases.get(1));
        assertThat(history.toMap(null)).doesNotContainKey("at");
    }
}
