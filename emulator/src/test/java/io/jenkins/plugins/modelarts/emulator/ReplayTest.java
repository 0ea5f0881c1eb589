package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs that follow a recorded job ({@link Fixture}) on the emulator's clock. */
class ReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METRICS = "{\"metric\":[{\"metric_values\":{\"accuracy\":0.81},\"metric_meta\":"
            + "{\"class_name\":\"cat\",\"class_id\":0}}],\"total_metric\":{\"total_metric_values\":{\"accuracy\":0.8123}}}";
    private static final String SYSTEM = "{\"gpuUtil\":[\"0\",\"11.5\",\"0\"],\"interval\":1}";

    @TempDir
    Path dir;

    /** A job that queued 1 h and ran 3 h, completed. */
    private Path threeHourJob(String name) throws Exception {
        return write(name + ".json", "{\"modelarts_fixture\":1,\"api\":\"v1\",\"job_name\":\"" + name + "\","
                + "\"final_state\":\"completed\",\"run_duration_ms\":10800000,\"queued_ms\":3600000,"
                + "\"model_metric_list\":" + METRICS + ",\"system_metric_list\":" + SYSTEM + ","
                + "\"log\":{\"lines\":[\"epoch 1 loss=0.9\",\"epoch 2 loss=0.5\",\"done\"]}}");
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aLongRecordedRunIsReplayedWithinTheCapOnTheEmulatorsClock() throws Exception {
        ManualClock clock = new ManualClock();
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().clock(clock).replay(threeHourJob("resnet"))
                .replayTime(Duration.ofSeconds(40)).build().start()) {
            Api api = new Api(emulator, clock);
            JsonNode created = api.ok("POST", "v1", "training-jobs", Api.v1Job("resnet"));
            String version = "training-jobs/" + created.path("job_id").asLong() + "/versions/" + created.path("version_id").asLong();

            assertThat(api.ok("GET", "v1", version, null).path("status").asInt()).as("queued: a quarter of the recording").isEqualTo(7);
            clock.advance(Duration.ofSeconds(11));
            JsonNode running = api.ok("GET", "v1", version, null);
            assertThat(running.path("status").asInt()).isEqualTo(8);
            assertThat(running.path("model_metric_list").asText()).isEmpty();
            clock.advance(Duration.ofSeconds(29));
            JsonNode done = api.ok("GET", "v1", version, null);

            assertThat(done.path("status").asInt()).as("ended 40 s after creation, not 4 h").isEqualTo(10);
            assertThat(done.path("duration").asLong()).as("the recorded running time").isEqualTo(10_800_000L);
            assertThat(done.path("start_time").asLong() - done.path("create_time").asLong()).isEqualTo(3_600_000L);
            assertThat(JSON.readTree(done.path("model_metric_list").asText())).isEqualTo(JSON.readTree(METRICS));
            assertThat(done.path("system_metric_list")).isEqualTo(JSON.readTree(SYSTEM));
            JsonNode log = api.ok("GET", "v1", version + "/aom-log?log_file=resnet.0&lines=10", null);
            assertThat(log.path("content").asText()).isEqualTo("epoch 1 loss=0.9\nepoch 2 loss=0.5\ndone\n");
        }
    }

    @Test
    void withSeveralFixturesOnlyJobsOfARecordedNameReplay() throws Exception {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().replay(threeHourJob("resnet"))
                .replay(threeHourJob("yolo")).replayTime(Duration.ZERO).build().start()) {
            Api api = new Api(emulator);
            JsonNode replayed = api.ok("POST", "v1", "training-jobs", Api.v1Job("yolo"));
            JsonNode other = api.ok("POST", "v1", "training-jobs", Api.v1Job("unrecorded"));

            JsonNode yolo = api.ok("GET", "v1", "training-jobs/" + replayed.path("job_id").asLong() + "/versions/"
                    + replayed.path("version_id").asLong(), null);
            JsonNode made = api.ok("GET", "v1", "training-jobs/" + other.path("job_id").asLong() + "/versions/"
                    + other.path("version_id").asLong(), null);
            assertThat(yolo.path("status").asInt()).as("a zero replay time ends at the first read").isEqualTo(10);
            assertThat(yolo.path("duration").asLong()).isEqualTo(10_800_000L);
            assertThat(made.path("status").asInt()).as("the default script: 3 reads").isEqualTo(7);
            emulator.reset();
            JsonNode again = api.ok("POST", "v1", "training-jobs", Api.v1Job("yolo"));
            assertThat(api.ok("GET", "v1", "training-jobs/" + again.path("job_id").asLong() + "/versions/"
                    + again.path("version_id").asLong(), null).path("status").asInt()).as("fixtures outlive reset()").isEqualTo(10);
        }
    }

    @Test
    void aSingleFixtureIsReplayedByEveryJobAndAFailedV2JobKeepsItsMessage() throws Exception {
        Path failed = write("failed.json", "{\"modelarts_fixture\":1,\"api\":\"v2\",\"job_name\":\"bert\",\"final_state\":\"failed\","
                + "\"run_duration_ms\":120000,\"queued_ms\":0,\"failure_message\":\"CUDA out of memory\","
                + "\"log\":{\"lines\":[\"loading\",\"RuntimeError: CUDA out of memory\"]}}");
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().replay(failed).replayTime(Duration.ZERO).build().start()) {
            Api api = new Api(emulator);
            String id = api.ok("POST", "v2", "training-jobs", Api.v2Job("any-name")).path("metadata").path("id").asText();

            JsonNode job = api.ok("GET", "v2", "training-jobs/" + id, null);
            assertThat(job.path("status").path("phase").asText()).isEqualTo("Failed");
            assertThat(job.path("status").path("duration").asLong()).isEqualTo(120_000L);
            assertThat(job.path("status").path("task_statuses").get(0).path("message").asText()).isEqualTo("CUDA out of memory");
            assertThat(api.ok("GET", "v2", "training-jobs/" + id + "/tasks/worker-0/logs/preview", null).path("content").asText())
                    .isEqualTo("loading\nRuntimeError: CUDA out of memory\n");
        }
    }

    @Test
    void badFixturesAreRefusedNamingTheFileAndEveryProblem() throws Exception {
        Path notJson = write("broken.json", "{\"modelarts_fixture\": 1, ");
        Path future = write("future.json", "{\"modelarts_fixture\": 2, \"job_name\": \"x\"}");
        Path other = write("other.json", "{\"kind\": \"job\"}");
        Path incomplete = write("incomplete.json", "{\"modelarts_fixture\":1,\"api\":\"v3\",\"final_state\":\"done\","
                + "\"run_duration_ms\":-1,\"queued_ms\":0,\"log\":{\"lines\":[1]}}");

        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(notJson)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notJson.toString()).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(future)).hasMessageContaining(future.toString())
                .hasMessageContaining("format version 2").hasMessageContaining("reads version 1");
        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(other)).hasMessageContaining("not a ModelArts fixture");
        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(incomplete)).hasMessageContaining(incomplete.toString())
                .hasMessageContaining("api must be").hasMessageContaining("job_name is required")
                .hasMessageContaining("final_state must be").hasMessageContaining("run_duration_ms must be")
                .hasMessageContaining("log.lines must hold text");
        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
        Path resnet = threeHourJob("resnet");
        assertThatThrownBy(() -> ModelArtsEmulator.builder().replay(resnet).replay(resnet))
                .hasMessageContaining("both record a job named resnet");
    }
}
