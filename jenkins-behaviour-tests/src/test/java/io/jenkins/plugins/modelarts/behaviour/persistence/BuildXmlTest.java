package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.report.GateBadge;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's ModelArts action as a controller stores it in {@code build.xml} and loads it again. */
class BuildXmlTest {
    private static final String V2_ID = "3faf5c03-aaa1-4cbe-879d-24b05d997347";

    @TempDir
    Path dir;

    /** A build.xml of an overridden gate written before the override's reason and who were kept (and before the badge). */
    private static final String OLD_OVERRIDDEN_BUILD_XML = JenkinsXStream.XML_HEADER + """

                <io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction>
                  <records class="java.util.concurrent.CopyOnWriteArrayList">
                    <io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord>
                      <ref>job 13 version 2</ref>
                      <name>resnet</name>
                      <version>V0002</version>
                      <status>JOBSTAT_COMPLETED</status>
                      <state>COMPLETED</state>
                      <durationMillis>61000</durationMillis>
                      <totals class="linked-hash-map"><entry><string>accuracy</string><double>0.85</double></entry></totals>
                      <gateOutcome>OVERRIDDEN</gateOutcome>
                      <gateSummary>OVERRIDDEN: 1 of 1 rule failed: accuracy &gt;= 0.9 (0.85); overridden by alice: hotfix</gateSummary>
                      <reportDir>job-13-v2</reportDir>
                      <jobId>13</jobId>
                      <versionId>2</versionId>
                      <findings>0</findings>
                    </io.jenkins.plugins.modelarts.jenkins.report.TrainingRecord>
                  </records>
                </io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction>
                """;

    private final JenkinsXStream xstream = new JenkinsXStream();

    /** Three jobs: a gated v1 version with metrics, an ungated v2 job, a failed v1 version without metrics or duration. */
    static ModelArtsBuildAction actionWithRecords() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.934);
        metrics.put("recall", 0.88);
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        action.add(new TrainingRecord("job 10 version 3", "resnet", "V0003", "JOBSTAT_COMPLETED", "COMPLETED", 61_000L,
                metrics, "PASS", "2 rules passed", "job-10-v3", JobRef.v1(10, 3)));
        action.add(new TrainingRecord("job " + V2_ID, "bert", null, "Completed", "COMPLETED", 5_000L,
                Map.of("f1", 0.71), null, null, "job-" + V2_ID, JobRef.v2(V2_ID)));
        action.add(new TrainingRecord("job 11 version 1", "", "V0001", "JOBSTAT_FAILED", "FAILED", null,
                null, "FAILURE", "accuracy 0.10 < 0.92", "job-11-v1", JobRef.v1(11, 1)));
        return action;
    }

    @Test
    void buildActionWithSeveralRecordsSurvivesBuildXml() throws Exception {
        ModelArtsBuildAction action = actionWithRecords();
        FakeRun run = new FakeRun(new FakeJob("resnet"), 1, dir);
        action.onAttached(run);

        String xml = xstream.toXml(action);
        ModelArtsBuildAction loaded = (ModelArtsBuildAction) xstream.fromXml(xml);

        assertThat(xml).startsWith(JenkinsXStream.XML_HEADER);
        assertThat(loaded.getRecords()).isEqualTo(action.getRecords());
        assertThat(loaded.getRecords()).extracting(TrainingRecord::getJob)
                .containsExactly(JobRef.v1(10, 3), JobRef.v2(V2_ID), JobRef.v1(11, 1));
        assertThat(loaded.getRecords()).extracting(TrainingRecord::getTotals)
                .containsExactly(Map.of("accuracy", 0.934, "recall", 0.88), Map.of("f1", 0.71), Map.of());
        assertThat(PersistedGraph.stateOf(loaded)).isEqualTo(PersistedGraph.stateOf(action));
    }

    @Test
    void theBuildIsNotStoredInBuildXmlAndComesBackThroughOnLoad() throws Exception {
        ModelArtsBuildAction action = actionWithRecords();
        FakeRun run = new FakeRun(new FakeJob("resnet"), 7, dir);
        action.onAttached(run);

        ModelArtsBuildAction loaded = (ModelArtsBuildAction) xstream.fromXml(xstream.toXml(action));

        assertThat(loaded.getRun()).as("the transient run after reading build.xml").isNull();
        loaded.onLoad(run);
        assertThat(loaded.getRun()).isSameAs(run);
        loaded.add(new TrainingRecord("job 12 version 1", "x", "V0001", "JOBSTAT_COMPLETED", "COMPLETED", 1L, Map.of(),
                null, null, "job-12-v1", JobRef.v1(12, 1)));
        assertThat(loaded.getRecords()).as("the loaded record list still accepts records").hasSize(4);
    }

    @Test
    void buildXmlNamesOnlyPlainFieldsOfTheRecords() {
        String xml = xstream.toXml(actionWithRecords());

        assertThat(xml).contains("<io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction>")
                .contains("<records class=\"java.util.concurrent.CopyOnWriteArrayList\">")
                .contains("<jobId>10</jobId>").contains("<versionId>3</versionId>").contains("<jobId>" + V2_ID + "</jobId>")
                .doesNotContain("<run>").doesNotContain("serialization=\"custom\"").doesNotContain("JobRef");
    }

    @Test
    void aBuildXmlWithFieldsThisVersionDoesNotKnowStillLoads() {
        String xml = xstream.toXml(actionWithRecords())
                .replace("<reportDir>job-10-v3</reportDir>", "<reportDir>job-10-v3</reportDir><retiredField>old</retiredField>")
                .replace("<records ", "<removedSetting>true</removedSetting><records ");

        ModelArtsBuildAction loaded = (ModelArtsBuildAction) xstream.fromXml(xml);

        assertThat(loaded.getRecords()).isEqualTo(actionWithRecords().getRecords());
    }

    @Test
    void anOverriddenGatesReasonAndWhoSurviveBuildXml() {
        ModelArtsBuildAction action = new ModelArtsBuildAction();
        TrainingRecord record = new TrainingRecord("job 13 version 2", "resnet", "V0002", "JOBSTAT_COMPLETED", "COMPLETED",
                1L, Map.of("accuracy", 0.85), "OVERRIDDEN", "OVERRIDDEN: 1 of 1 rule failed: accuracy >= 0.9 (0.85); "
                        + "overridden by alice: relabelled test set", "job-13-v2", JobRef.v1(13, 2));
        record.setOverride("relabelled test set", "alice");
        action.add(record);

        String xml = xstream.toXml(action);
        TrainingRecord loaded = ((ModelArtsBuildAction) xstream.fromXml(xml)).getRecords().get(0);

        assertThat(xml).contains("<overrideReason>relabelled test set</overrideReason>").contains("<overriddenBy>alice</overriddenBy>");
        assertThat(loaded.getOverrideReason()).isEqualTo("relabelled test set");
        assertThat(loaded.getOverriddenBy()).isEqualTo("alice");
        assertThat(loaded).isEqualTo(record);
    }

    @Test
    void aRecordWrittenBeforeTheOverrideWasKeptLoadsWithoutIt() {
        String old = OLD_OVERRIDDEN_BUILD_XML;

        TrainingRecord loaded = ((ModelArtsBuildAction) xstream.fromXml(old)).getRecords().get(0);

        assertThat(loaded.getGateOutcome()).isEqualTo("OVERRIDDEN");
        assertThat(loaded.getGateSummary()).endsWith("overridden by alice: hotfix");
        assertThat(loaded.getTotals()).isEqualTo(Map.of("accuracy", 0.85));
        assertThat(loaded.getJob()).isEqualTo(JobRef.v1(13, 2));
        assertThat(loaded.getOverrideReason()).as("not in the old record").isNull();
        assertThat(loaded.getOverriddenBy()).isNull();
    }

    @Test
    void aBuildXmlWrittenBeforeTheBadgeLoadsAsTheBuildHistorysBadgeOfItsGate() {
        Object loaded = xstream.fromXml(OLD_OVERRIDDEN_BUILD_XML);

        assertThat(loaded).isInstanceOf(hudson.model.BuildBadgeAction.class);
        GateBadge badge = ((ModelArtsBuildAction) loaded).getGateBadge();
        assertThat(badge.getOutcome()).isEqualTo("OVERRIDDEN");
        assertThat(badge.getTooltip()).isEqualTo("resnet V0002: gate OVERRIDDEN");
    }

    @Test
    void theBadgeIsWorkedOutFromTheRecordsNotStored() {
        ModelArtsBuildAction action = actionWithRecords();

        String xml = xstream.toXml(action);

        assertThat(action.getGateBadge().getOutcome()).isEqualTo("FAILURE");
        assertThat(xml).doesNotContain("GateBadge").doesNotContain("gateBadge");
        assertThat(PersistedGraph.declaredTypesReachableFrom(ModelArtsBuildAction.class)).doesNotContain(GateBadge.class);
    }

    @Test
    void buildXmlHoldsNoRecordTypeSinceXStreamCannotReadRecordsBack() {
        ModelArtsBuildAction action = actionWithRecords();

        assertThat(PersistedGraph.classesReachableFrom(action)).isNotEmpty().noneMatch(Class::isRecord);
        assertThat(PersistedGraph.declaredTypesReachableFrom(ModelArtsBuildAction.class))
                .contains(TrainingRecord.class).noneMatch(Class::isRecord);
        assertThat(PersistedGraph.declaredTypesReachableFrom(TrainingRecord.class)).noneMatch(Class::isRecord);
    }

    @Test
    void aBuildActionStoredWithoutItsListLoadsEmptyAndStillTakesRecords() throws Exception {
        ModelArtsBuildAction loaded = (ModelArtsBuildAction) xstream.fromXml(JenkinsXStream.XML_HEADER
                + "\n<io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction/>");

        assertThat(loaded.getRecords()).isEmpty();
        loaded.add(new TrainingRecord("job 12 version 1", "x", "V0001", "JOBSTAT_COMPLETED", "COMPLETED", 1L, Map.of(),
                null, null, "job-12-v1", JobRef.v1(12, 1)));
        assertThat(loaded.getRecords()).hasSize(1);
    }
}
