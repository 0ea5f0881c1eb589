package io.jenkins.plugins.modelarts.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReusePolicyTest {
    @Test
    void readsTheDocumentedForms() {
        assertThat(ReusePolicy.parse(null)).isEqualTo(ReusePolicy.never());
        assertThat(ReusePolicy.parse(" Never ")).isEqualTo(ReusePolicy.never());
        assertThat(ReusePolicy.parse("successful")).isEqualTo(ReusePolicy.successful());
        assertThat(ReusePolicy.parse("24h")).isEqualTo(new ReusePolicy(true, Duration.ofHours(24)));
        assertThat(ReusePolicy.parse("7d").maxAge()).isEqualTo(Duration.ofDays(7));
        assertThat(ReusePolicy.parse("90m").toString()).isEqualTo("successful within 1h 30m");
    }

    @Test
    void refusesAnythingElseNamingTheForms() {
        for (String bad : new String[] {"always", "0h", "-1d", "5w", "1.5h"}) {
            assertThatThrownBy(() -> ReusePolicy.parse(bad)).hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining(ReusePolicy.FORMS);
        }
    }
}
