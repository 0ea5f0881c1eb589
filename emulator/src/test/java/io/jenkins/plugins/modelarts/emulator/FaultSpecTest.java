package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultSpecTest {
    private final Faults faults = new Faults(() -> {});

    @Test
    void countsQueueTheNextRequestsAndSharesAreDrawnAfterThem() {
        FaultSpec.apply("5xx=2, throttle=50%, lost=50%, retry-after=3s, latency=200ms, trickle=1s, seed=7", faults);

        assertThat(faults.next()).isEqualTo(new Faults.ServerError(503));
        assertThat(faults.next()).isEqualTo(new Faults.ServerError(503));
        Map<Object, Integer> drawn = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            drawn.merge(faults.next(), 1, Integer::sum);
        }
        assertThat(drawn.keySet()).containsExactlyInAnyOrder(new Faults.Throttle(Duration.ofSeconds(3)),
                new Faults.ServerErrorAfterProcessing(502));
        assertThat(drawn.get(new Faults.Throttle(Duration.ofSeconds(3)))).isBetween(420, 580);
        assertThat(faults.latency()).isEqualTo(Duration.ofMillis(200));
        assertThat(faults.trickle()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void onCreatesLeavesOtherRequestsAlone() {
        FaultSpec.apply("garbage=1,on=creates", faults);

        assertThat(faults.next(false)).isNull();
        assertThat(faults.next(true)).isEqualTo(new Faults.Garbage("null"));
    }

    @Test
    void everyProblemIsNamed() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> FaultSpec.apply("throttle=80%,5xx=30%,bogus=1,drop=x,latency=soon,nonsense", faults));

        assertThat(e).hasMessageContaining("unknown kind 'bogus'").hasMessageContaining("drop: 'x'")
                .hasMessageContaining("latency: 'soon'").hasMessageContaining("'nonsense' is not KIND=VALUE")
                .hasMessageContaining("more than 100%");
        assertThat(faults.next()).isNull();
    }
}
