package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.emulator.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JobPollerEmulatorTest {
    private final ManualClock clock = new ManualClock();

    @Test
    void thirtyJobsOfStaggeredLengthAllEndThroughAFewListCalls() {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start();
                ModelArtsClient client = ModelArtsClient.builder().endpoint(emulator.baseUrl())
                        .projectId(emulator.projectId()).clock(clock)
                        .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobPoller poller = new JobPoller(clock, PollerSettings.defaults(), new Random(7));
            List<Watch> watches = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String spec = """
                        {"job_name": "poll-%d", "config": {"worker_server_num": 1,
                          "app_url": "/bench/src/", "boot_file_url": "/bench/src/train.py",
                          "parameter": [{"label": "%s", "value": "%d"}],
                          "data_url": "/bench/data/", "spec_id": 1, "engine_id": 1,
                          "train_url": "/bench/out/", "log_url": "/bench/logs/"}}
                        """.formatted(i, JobScript.RUN_SECONDS, 120 + i * 60);
                watches.add(poller.watch(client, jobs.submit(JobSpecLoader.parse("test job", spec)).ref()));
            }
            emulator.journal().clear();
            for (int s = 0; s < 3 * 3600 && poller.watching() > 0; s++) {
                clock.advance(Duration.ofSeconds(1));
                poller.tick();
            }
            assertThat(watches).allSatisfy(w -> assertThat(w.result().join().state()).isEqualTo(JobState.COMPLETED));
            long lists = emulator.journal().count("GET", ".*/training-jobs");
            assertThat(emulator.journal().size()).isEqualTo(lists); // no per-job reads at all
            assertThat(lists).isLessThan(60); // ~32 simulated minutes; a naive waiter would read ~30 x 40 times
        }
    }

    @Test
    void v2JobsAreFollowedThroughTheActiveSearchAndEndedOnesThroughOneDetailRead() {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start();
                ModelArtsClient client = ModelArtsClient.builder().endpoint(emulator.baseUrl())
                        .projectId(emulator.projectId()).clock(clock)
                        .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build()) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobPoller poller = new JobPoller(clock, PollerSettings.defaults(), new Random(7));
            List<Watch> watches = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String spec = """
                        {"kind": "job", "metadata": {"name": "poll-v2-%d"},
                         "algorithm": {"code_dir": "/bench/code/", "boot_file": "/bench/code/train.py",
                           "parameters": [{"name": "%s", "value": "%d"}],
                           "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                         "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                        """.formatted(i, JobScript.RUN_SECONDS, 120 + i * 60);
                watches.add(poller.watch(client, jobs.submit(JobSpecLoader.parse("test job", spec)).ref()));
            }
            emulator.journal().clear();
            for (int s = 0; s < 3 * 3600 && poller.watching() > 0; s++) {
                clock.advance(Duration.ofSeconds(1));
                poller.tick();
            }
            assertThat(watches).allSatisfy(w -> assertThat(w.result().join().state()).isEqualTo(JobState.COMPLETED));
            long searches = emulator.journal().count("POST", ".*/training-job-searches");
            long details = emulator.journal().count("GET", ".*/training-jobs/[0-9a-f-]+");
            assertThat(details).isLessThanOrEqualTo(12); // at most one per job, once it left the active set
            assertThat(searches).isLessThan(40);
            assertThat(emulator.journal().size()).isEqualTo(searches + details);
        }
    }
}
