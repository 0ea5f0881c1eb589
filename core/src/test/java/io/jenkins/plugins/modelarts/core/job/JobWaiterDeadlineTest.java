package io.jenkins.plugins.modelarts.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A wait's timeout bounds the whole wait against a server that answers too slowly: the read in
 * flight is cut short at the timeout, no retry or backoff runs past it, and the stop that follows
 * gets only its grace. Real sockets, real time: bounds are generous but far below the old behaviour
 * (a read held for the server's whole latency, then retried).
 */
class JobWaiterDeadlineTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private static final String SPEC = """
            {"job_name": "slow-1", "config": {"worker_server_num": 1,
              "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/",
              "spec_id": 1, "engine_id": 1, "train_url": "/bucket/out/"}}
            """;

    @Test
    void aServerSlowerThanTheTimeoutEndsTheWaitWithinAFewSecondsOfIt(ModelArtsEmulator emulator) {
        try (ModelArtsClient client = ModelArtsClient.builder().endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .retryPolicy(RetryPolicy.defaults().newBuilder().baseDelay(Duration.ofMillis(200)).build())
                .build()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobRef ref = jobs.submit(JobSpecLoader.parse("spec", SPEC)).ref();
            emulator.faults().latency(Duration.ofSeconds(30));
            JobWaiter waiter = new JobWaiter(jobs, Clock.systemUTC(), Sleeper.SYSTEM).withStopGrace(Duration.ofSeconds(1));
            WaitOptions options = WaitOptions.defaults().withPollInterval(Duration.ofSeconds(1)).withTimeout(Duration.ofSeconds(2));

            long start = System.nanoTime();
            WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class,
                    () -> waiter.await(ref, options, new WaitListener() {}));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e).isNotNull();
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1900))
                    .isLessThan(Duration.ofSeconds(2 + 1 + 3)); // timeout + stop grace + slack; the server takes 30 s
            assertThat(emulator.journal().count("POST", ".*/training-jobs")).isEqualTo(1);
        } finally {
            emulator.faults().latency(Duration.ZERO);
        }
    }
}
