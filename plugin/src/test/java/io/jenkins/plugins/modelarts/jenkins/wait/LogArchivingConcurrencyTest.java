package io.jenkins.plugins.modelarts.jenkins.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.core.logs.LogArchiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogArchivingConcurrencyTest {
    @AfterEach
    void clear() {
        System.clearProperty(LogArchiving.CONCURRENCY_PROPERTY);
    }

    @Test
    void theSystemPropertySetsHowManyObjectsAreDownloadedAtATimeWithinOneToSixteen() {
        assertThat(LogArchiving.concurrency()).isEqualTo(LogArchiver.DEFAULT_CONCURRENCY);
        System.setProperty(LogArchiving.CONCURRENCY_PROPERTY, "8");
        assertThat(LogArchiving.concurrency()).isEqualTo(8);
        System.setProperty(LogArchiving.CONCURRENCY_PROPERTY, "0");
        assertThat(LogArchiving.concurrency()).isEqualTo(1);
        System.setProperty(LogArchiving.CONCURRENCY_PROPERTY, "500");
        assertThat(LogArchiving.concurrency()).isEqualTo(16);
        System.setProperty(LogArchiving.CONCURRENCY_PROPERTY, "many");
        assertThat(LogArchiving.concurrency()).isEqualTo(LogArchiver.DEFAULT_CONCURRENCY);
    }
}
