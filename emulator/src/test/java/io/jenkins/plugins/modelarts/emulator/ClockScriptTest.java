package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scripts that run on the emulator's clock: a test moves the clock instead of sleeping. */
class ClockScriptTest {
    @Test
    void aTimedJobEndsWhenTheClockPassesItsRunTime() {
        ManualClock clock = new ManualClock();
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().clock(clock).build().start()) {
            emulator.defaultScript(JobScript.afterDuration(Duration.ofMinutes(40)));
            Api api = new Api(emulator, clock);
            var created = api.ok("POST", "v1", "training-jobs", Api.v1Job("timed"));
            String version = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();
            assertThat(api.ok("GET", "v1", version, null).path("status").asInt()).isEqualTo(7);
            clock.advance(Duration.ofMinutes(20));
            assertThat(api.ok("GET", "v1", version, null).path("status").asInt()).isEqualTo(8);
            clock.advance(Duration.ofMinutes(25));
            var done = api.ok("GET", "v1", version, null);
            assertThat(done.path("status").asInt()).isEqualTo(10);
            assertThat(done.path("duration").asLong()).isEqualTo(Duration.ofMinutes(40).toMillis());
        }
    }

    @Test
    void stepsThroughEveryDocumentedScriptFactory() {
        assertThat(JobScript.immediate(JobScript.FinalState.LOST).finalState().v1Code()).isEqualTo(14);
        assertThat(JobScript.defaults().statusReads()).isEqualTo(3);
        assertThat(JobScript.afterStatusReads(2).endingIn(JobScript.FinalState.STOPPED).finalState().v2Phase())
                .isEqualTo("Terminated");
    }
}
