package io.jenkins.plugins.modelarts.jenkins.wait;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named settings and the builder; what a waiting execution persists stays the same. */
class WaitSettingsTest {
    private static final GateSettings GATE = new GateSettings(List.of("accuracy >= 0.9"), null, 0, false);

    @Test
    void theDefaultsStopStreamArchiveAndReport() {
        WaitSettings defaults = WaitSettings.defaults();

        assertThat(defaults.pollInterval()).isNull();
        assertThat(defaults.timeout()).isNull();
        assertThat(defaults.stopJob()).isTrue();
        assertThat(defaults.unstableOnFailure()).isFalse();
        assertThat(defaults.streamLog()).isTrue();
        assertThat(defaults.maxLogLines()).isEqualTo(1000);
        assertThat(defaults.archiveLogs()).isTrue();
        assertThat(defaults.maxArchiveBytes()).isEqualTo(500L * 1024 * 1024);
        assertThat(defaults.publishReport()).isTrue();
        assertThat(defaults.gate()).isNull();
    }

    @Test
    void gateOnlyPublishesTheReportWithTheGateAndTouchesNothingElse() {
        WaitSettings gateOnly = WaitSettings.gateOnly(GATE);

        assertThat(gateOnly.gate()).isSameAs(GATE);
        assertThat(gateOnly.publishReport()).isTrue();
        assertThat(gateOnly.stopJob()).isFalse();
        assertThat(gateOnly.streamLog()).isFalse();
        assertThat(gateOnly.archiveLogs()).isFalse();
        assertThat(gateOnly.unstableOnFailure()).isFalse();
    }

    @Test
    void theBuilderSetsEachValueAndClampsNegativeCaps() {
        WaitSettings s = WaitSettings.builder()
                .pollInterval(Duration.ofSeconds(5))
                .timeout(Duration.ofMinutes(3))
                .stopJob(false)
                .unstableOnFailure(true)
                .streamLog(false)
                .maxLogLines(-1)
                .archiveLogs(false)
                .maxArchiveBytes(-5)
                .publishReport(false)
                .gate(GATE)
                .build();

        assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.logInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(s.stopJob()).isFalse();
        assertThat(s.unstableOnFailure()).isTrue();
        assertThat(s.streamLog()).isFalse();
        assertThat(s.maxLogLines()).isZero();
        assertThat(s.archiveLogs()).isFalse();
        assertThat(s.maxArchiveBytes()).isZero();
        assertThat(s.publishReport()).isFalse();
        assertThat(s.gate()).isEqualTo(GATE);
    }

    @Test
    void theSerializedFormKeepsItsTenFields() throws Exception {
        ObjectStreamField[] fields = ObjectStreamClass.lookup(WaitSettings.class).getFields();

        assertThat(Arrays.stream(fields).map(f -> f.getName() + ":" + f.getType().getSimpleName()))
                .containsExactlyInAnyOrder("pollInterval:Duration", "timeout:Duration", "stopJob:boolean",
                        "unstableOnFailure:boolean", "streamLog:boolean", "maxLogLines:int", "archiveLogs:boolean",
                        "maxArchiveBytes:long", "publishReport:boolean", "gate:GateSettings");
        WaitSettings original = WaitSettings.builder().timeout(Duration.ofMinutes(1)).gate(GATE).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(original);
        }
    }
}
