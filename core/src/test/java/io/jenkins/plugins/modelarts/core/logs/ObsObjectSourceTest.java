package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OBS client as the archiver configures it: the read timeout is kept by the socket. */
class ObsObjectSourceTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final ModelArtsEmulator emulator = EMULATOR.emulator();

    private ObsObjectSource source(Duration readTimeout) {
        return new ObsObjectSource(emulator.baseUrl(), emulator.accessKey(), emulator.secretKey(), null, true, readTimeout);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutFailsTheRead() throws Exception {
        emulator.obs().put("logs", "slow.log", new byte[] {1, 2, 3}).firstByteLatency(Duration.ofSeconds(5));
        long start = System.nanoTime();
        try (ObsObjectSource source = source(Duration.ofMillis(200))) {
            assertThatThrownBy(() -> source.open("logs", "slow.log")).isInstanceOf(ObsAccessException.class);
        }
        // the client tries 4 times (3 retries), each given up after 200 ms, not after the 5 s answer
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anAnswerWithinTheReadTimeoutIsRead() throws Exception {
        emulator.obs().put("logs", "a.log", new byte[] {1, 2, 3}).firstByteLatency(Duration.ofMillis(300));
        try (ObsObjectSource source = source(Duration.ofSeconds(5)); InputStream in = source.open("logs", "a.log")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }
}
