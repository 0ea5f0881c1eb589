package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeArtifacts;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsLogs against the emulator: the newest lines of v1 and v2 logs, archiving, and input refused up front. */
class LogsStepTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String V1 = """
            {"job_name": "%s", "config": {"worker_server_num": 1,
              "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py",
              "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}}
            """;
    private static final String V2 = """
            {"kind": "job", "metadata": {"name": "%s"},
             "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py",
               "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
             "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1},
               "log_export_path": {"obs_url": "/bucket/v2-logs/"}}}
            """;

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(1).withLogLines(20));
    }

    private FakeStepContext context;

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(LogsStep step) throws Exception {
        context = h.newContext();
        step.start(context).start();
        return (Map<String, Object>) context.await(WAIT);
    }

    /** A job submitted and read until it ended, so that its whole log is written. */
    private JobRef endedJob(String spec, String name) {
        ModelArtsClient client = h.clients.client();
        TrainingJobs jobs = new TrainingJobs(client);
        JobRef ref = jobs.submit(JobSpecLoader.parse("test job", spec.formatted(name))).ref();
        for (int i = 0; i < 20 && !jobs.read(ref).isTerminal(); i++) {
            // each status read moves the emulated job on
        }
        assertThat(jobs.read(ref).isTerminal()).isTrue();
        return jobs.resolve(ref);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aV1JobsNewestLinesOfItsFirstLogFile() throws Exception {
        JobRef ref = endedJob(V1, "logs-v1");
        List<String> whole = h.clients.client().jobsV1()
                .logLines(ref.v1JobId(), ref.versionId(), "logs-v1.0", 500, null, null).content().lines().toList();
        LogsStep step = new LogsStep(ref.jobId());
        step.setLines(4);

        Map<String, Object> value = run(step);

        assertThat(whole).hasSize(20);
        assertThat((List<String>) value.get("lines")).containsExactlyElementsOf(whole.subList(16, 20));
        assertThat(value).containsEntry("file", "logs-v1.0").containsEntry("task", null)
                .containsEntry("versionId", ref.versionId()).doesNotContainKey("archived");
        assertThat(h.emulator.journal().count("GET", ".*/aom-log.*")).isEqualTo(2);
        assertThat(context.log()).contains("4 log line(s) of logs-v1.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aV2JobsNewestLinesOfTheDefaultTaskAndItsLogsArchivedWithTheBuild() throws Exception {
        JobRef ref = endedJob(V2, "logs-v2");
        List<String> whole = h.clients.client().jobsV2().logPreview(ref.jobId(), "worker-0").content().lines().toList();
        LogsStep step = new LogsStep(ref.jobId());
        step.setArchive(true);

        Map<String, Object> value = run(step);

        assertThat((List<String>) value.get("lines")).hasSize(20).containsExactlyElementsOf(whole);
        assertThat(value).containsEntry("task", "worker-0").containsEntry("file", null);
        Map<String, Object> archived = (Map<String, Object>) value.get("archived");
        List<String> files = (List<String>) archived.get("files");
        assertThat(files).isNotEmpty().allMatch(f -> f.startsWith("modelarts/logs/" + ref.jobId() + "/"));
        assertThat(archived).doesNotContainKey("problem");
        Path first = FakeArtifacts.archiveOf(context.run()).resolve(files.get(0));
        assertThat(Files.readString(first, StandardCharsets.UTF_8)).contains("training finished");
        assertThat((Long) archived.get("bytes")).isEqualTo(sizeOfAll(FakeArtifacts.archiveOf(context.run()), files));
    }

    @Test
    @SuppressWarnings("unchecked")
    void zeroLinesOnlyArchivesAndAJobWithoutALogLocationSaysSo() throws Exception {
        JobRef ref = endedJob(V1, "no-location");
        LogsStep step = new LogsStep(ref.jobId());
        step.setLines(0);
        step.setArchive(true);

        Map<String, Object> value = run(step);

        assertThat((List<String>) value.get("lines")).isEmpty();
        assertThat(h.emulator.journal().count("GET", ".*/aom-log.*")).isZero();
        Map<String, Object> archived = (Map<String, Object>) value.get("archived");
        assertThat((List<String>) archived.get("files")).isEmpty();
        assertThat((String) archived.get("problem")).contains("No log location");
    }

    @Test
    void badValuesAreAllRefusedBeforeAnythingIsSent() {
        LogsStep v2 = new LogsStep("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        v2.setLines(501);
        v2.setFile("job.0");
        v2.setArchive(true);
        v2.setMaxArchiveMb(0);
        LogsStep v1 = new LogsStep("10");
        v1.setTask("worker-1");
        LogsStep none = new LogsStep(" ");

        assertThatThrownBy(() -> v2.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("modelartsLogs: 3 problems, nothing was sent")
                .hasMessageContaining("lines must be between 0 and 500, got 501")
                .hasMessageContaining("file names a v1 log file")
                .hasMessageContaining("maxArchiveMb must be at least 1, got 0");
        assertThatThrownBy(() -> v1.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("task names a v2 task");
        assertThatThrownBy(() -> none.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("jobId is required");
        assertThat(h.emulator.journal().count("GET", ".*")).isZero();
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    private static long sizeOfAll(Path root, List<String> files) throws Exception {
        long total = 0;
        for (String f : files) {
            total += Files.size(root.resolve(f));
        }
        return total;
    }
}
