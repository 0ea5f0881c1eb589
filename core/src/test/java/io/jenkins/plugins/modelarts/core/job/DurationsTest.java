package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void picksTheTwoLargestUnits() {
        assertThat(Durations.human(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.human(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Durations.human(Duration.ofSeconds(200))).isEqualTo("3m 20s");
        assertThat(Durations.human(Duration.ofMinutes(125))).isEqualTo("2h 5m");
        assertThat(Durations.humanMillis(532003L)).isEqualTo("8m 52s");
        assertThat(Durations.humanMillis(null)).isEqualTo("-");
    }
}
