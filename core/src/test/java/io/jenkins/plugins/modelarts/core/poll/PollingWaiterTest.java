package io.jenkins.plugins.modelarts.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollingWaiterTest {
    private static JobRef submit(TrainingJobs jobs, String name) {
        return jobs.submit(JobSpecLoader.parse("spec", "{\"job_name\":\"" + name + "\",\"config\":{\"worker_server_num\":1,"
                + "\"app_url\":\"/wait-bucket/a/\",\"boot_file_url\":\"/wait-bucket/a/t.py\",\"data_url\":\"/wait-bucket/d/\","
                + "\"spec_id\":1}}")).ref();
    }

    @Test
    void returnsWhenAllAreDoneOrWithTheUnfinishedOnesAtTheDeadline() throws Exception {
        ManualClock clock = new ManualClock();
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().clock(clock).build().start()) {
            emulator.scriptFor("quick-*", JobScript.afterDuration(Duration.ofMinutes(2)));
            emulator.scriptFor("slow", JobScript.afterDuration(Duration.ofHours(5)));
            ModelArtsClient client = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                    .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).clock(clock).build();
            TrainingJobs jobs = new TrainingJobs(client);
            JobPoller poller = new JobPoller(clock, PollerSettings.defaults().withIntervals(Duration.ofSeconds(30),
                    Duration.ofSeconds(30)), new Random(1));
            List<Duration> sleeps = new ArrayList<>();
            PollingWaiter waiter = new PollingWaiter(poller, Duration.ofSeconds(1), clock, d -> {
                sleeps.add(d);
                clock.advance(d);
            });
            List<Watch> quick = List.of(poller.watch(client, submit(jobs, "quick-1")), poller.watch(client, submit(jobs, "quick-2")));
            assertThat(waiter.awaitAll(quick, Duration.ofMinutes(10))).isEmpty();
            assertThat(quick).allSatisfy(w -> assertThat(w.result().join().state()).isEqualTo(JobState.COMPLETED));

            Watch slow = poller.watch(client, submit(jobs, "slow"));
            List<Duration> before = new ArrayList<>(sleeps);
            assertThat(waiter.awaitAll(List.of(slow), Duration.ofSeconds(90))).containsExactly(slow);
            Duration waited = sleeps.subList(before.size(), sleeps.size()).stream().reduce(Duration.ZERO, Duration::plus);
            assertThat(waited).isEqualTo(Duration.ofSeconds(90));
        }
    }
}
