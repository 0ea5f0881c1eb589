package io.jenkins.plugins.modelarts.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a recording holds of an ended job, read from the emulator. */
class JobRecorderTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static JobRef ended(TrainingJobs jobs, String name) {
        JobRef ref = jobs.submit(JobSpecLoader.parse("spec", """
                {"job_name": "%s", "config": {"worker_server_num": 1,
                  "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py", "data_url": "/bucket/data/",
                  "spec_id": 1, "engine_id": 1, "train_url": "/bucket/out/"}}
                """.formatted(name))).ref();
        jobs.read(ref); // the script below ends the job at its first read
        return ref;
    }

    private static ModelArtsClient client(ModelArtsEmulator emulator) {
        return ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build();
    }

    @Test
    void aLostV1JobIsRecordedAsLostWithItsLastLogLinesOnly(ModelArtsEmulator emulator) {
        emulator.defaultScript(JobScript.immediate(JobScript.FinalState.LOST).withLogLines(1200));
        try (ModelArtsClient client = client(emulator)) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobRef ref = ended(jobs, "lost-node");

            JobRecording recording = new JobRecorder(jobs, CLOCK, List.of()).record(ref, 1000);

            assertThat(recording.fixture().path("final_state").asText()).isEqualTo("lost");
            assertThat(recording.fixture().path("status").asText()).contains("14");
            assertThat(recording.fixture().path("recorded_at").asText()).isEqualTo("2026-12-01T10:00:00Z");
            assertThat(recording.fixture().path("model_metric_list").isNull()).as("a lost job reports no metrics").isTrue();
            assertThat(recording.logLines()).isEqualTo(1000);
            assertThat(recording.logTruncated()).isTrue();
            assertThat(recording.fixture().path("log").path("lines").get(0).asText()).as("lines 201-1200 of 1200").contains("epoch 200/1198");
            assertThat(recording.fixture().path("log").path("lines").get(999).asText()).contains("training finished");
            assertThat(recording.fixture().path("log").path("source").asText()).isEqualTo("lost-node.0");
        }
    }

    @Test
    void noLogLinesMeansTheLogIsNotRead(ModelArtsEmulator emulator) {
        emulator.defaultScript(JobScript.immediate(JobScript.FinalState.COMPLETED));
        try (ModelArtsClient client = client(emulator)) {
            TrainingJobs jobs = new TrainingJobs(client);
            JobRef ref = ended(jobs, "no-log");

            JobRecording recording = new JobRecorder(jobs, CLOCK, List.of()).record(ref, 0);

            assertThat(recording.fixture().path("final_state").asText()).isEqualTo("completed");
            assertThat(recording.fixture().path("model_metric_list").path("total_metric").isObject()).isTrue();
            assertThat(recording.fixture().path("log").path("lines")).isEmpty();
            assertThat(emulator.journal().count("GET", ".*/(aom-log|log/file-names).*")).isZero();
            assertThatThrownBy(() -> new JobRecorder(jobs, CLOCK, List.of()).record(ref, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-100000");
        }
    }
}
