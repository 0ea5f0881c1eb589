package io.jenkins.plugins.modelarts.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingThresholdsTest {
    @Test
    void overridesReplaceByNameAndKeepTheRest() {
        FindingThresholds t = FindingThresholds.defaults().with(List.of("gpu-underused-percent=20", " queued_minutes = 5 "));
        assertThat(t.gpuUnderusedPercent()).isEqualTo(20);
        assertThat(t.queuedMinutes()).isEqualTo(5);
        assertThat(t.memoryNearLimitPercent()).isEqualTo(FindingThresholds.defaults().memoryNearLimitPercent());
        assertThat(t.asMap()).hasSize(10);
    }

    @Test
    void unknownNamesAndBadValuesAreAllReported() {
        assertThatThrownBy(() -> FindingThresholds.defaults().with(Map.of("gpu", "1", "queued_minutes", "-2")))
                .hasMessageContaining("unknown finding threshold 'gpu'").hasMessageContaining("gpu_underused_percent")
                .hasMessageContaining("queued_minutes must be a number of at least 0");
        assertThatThrownBy(() -> FindingThresholds.defaults().with(List.of("queued_minutes")))
                .hasMessageContaining("expected NAME=NUMBER");
    }
}
