package io.jenkins.plugins.modelarts.behaviour.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/**
 * What JBoss Marshalling River, configured as workflow-support's, does with Java records. With 2.3.0 (what
 * workflow-support pins now) every record here round-trips; with 2.2.1.Final (pinned until 2025-01, then
 * 2.2.2.Final until 2026-01) writing the non-public nested record fails with "Cannot invoke record getter name"
 * (an {@code IllegalAccessException} from {@code org.jboss.marshalling.reflect.JDKSpecific}). Controllers with an
 * older workflow-support still run that, hence {@link PersistedGraph#isRiskyRecord} in the execution tests.
 */
class RecordsInRiverTest {
    record NestedMetric(String name, double value) implements Serializable {}

    /** A public record, but nested. */
    public record PublicNestedMetric(String name, double value) implements Serializable {}

    @Test
    void riverRoundTripsAPublicTopLevelRecord() throws Exception {
        TopLevelMetric metric = new TopLevelMetric("accuracy", 0.93);

        assertThat(ProgramDat.roundTrip(metric, TopLevelMetric.class, null)).isEqualTo(metric);
    }

    @Test
    void riverRoundTripsANonPublicNestedRecord() throws Exception {
        NestedMetric metric = new NestedMetric("accuracy", 0.93);

        assertThat(ProgramDat.roundTrip(metric, NestedMetric.class, null)).isEqualTo(metric);
    }

    @Test
    void riverRoundTripsAPublicNestedRecord() throws Exception {
        PublicNestedMetric metric = new PublicNestedMetric("accuracy", 0.93);

        assertThat(ProgramDat.roundTrip(metric, PublicNestedMetric.class, null)).isEqualTo(metric);
    }

    @Test
    void theCoreRecordsStepsPersistRoundTripThroughTheirPlainReplacements() throws Exception {
        LogCursor cursor = new LogCursor("log-0.txt", "1234567890123456789", 42);

        assertThat(ProgramDat.roundTrip(JobRef.v1(10, 3), JobRef.class, null)).isEqualTo(JobRef.v1(10, 3));
        assertThat(ProgramDat.roundTrip(cursor, LogCursor.class, null)).isEqualTo(cursor);
        assertThat(ProgramDat.write(cursor).classes()).noneMatch(Class::isRecord);
    }
}
