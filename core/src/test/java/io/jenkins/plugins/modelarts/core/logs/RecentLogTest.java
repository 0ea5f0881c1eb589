package io.jenkins.plugins.modelarts.core.logs;

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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecentLogTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension(ModelArtsEmulator.builder());

    private final ModelArtsClient client = ModelArtsClient.builder().endpoint(EMULATOR.emulator().baseUrl())
            .projectId(EMULATOR.emulator().projectId())
            .credentials(AkSkCredentials.of(EMULATOR.emulator().accessKey(), EMULATOR.emulator().secretKey())).build();
    private final TrainingJobs jobs = new TrainingJobs(client);

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void v1GivesTheNewestLinesOfTheFirstLogFileOldestFirst() {
        JobRef ref = ended(submit("""
                {"job_name": "recent-v1", "config": {"worker_server_num": 1,
                  "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py",
                  "parameter": [{"label": "%s", "value": "1"}, {"label": "%s", "value": "20"}],
                  "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}}
                """.formatted(JobScript.STATUS_READS, JobScript.LOG_LINES)));
        List<String> whole = LogTail.lines(RecentLog.v1(client, ref, "recent-v1.0", 500).content());

        RecentLog.Tail tail = RecentLog.newest(client, ref, null, null, 5);

        assertThat(whole).hasSize(20);
        assertThat(tail.file()).isEqualTo("recent-v1.0");
        assertThat(tail.task()).isNull();
        assertThat(tail.lines()).containsExactlyElementsOf(whole.subList(15, 20)).endsWith("[worker-0] training finished");
    }

    @Test
    void v2GivesTheNewestLinesOfTheTasksPreview() {
        JobRef ref = ended(submit("""
                {"kind": "job", "metadata": {"name": "recent-v2"},
                 "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py",
                   "parameters": [{"name": "%s", "value": "1"}, {"name": "%s", "value": "12"}],
                   "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                """.formatted(JobScript.STATUS_READS, JobScript.LOG_LINES)));
        List<String> whole = LogTail.lines(RecentLog.v2(client, ref, null).content());

        RecentLog.Tail tail = RecentLog.newest(client, ref, "ignored", null, 3);

        assertThat(whole).hasSize(12);
        assertThat(tail.task()).isEqualTo(RecentLog.DEFAULT_TASK);
        assertThat(tail.file()).isNull();
        assertThat(tail.lines()).containsExactlyElementsOf(whole.subList(9, 12));
    }

    @Test
    void zeroLinesReadsNothingAndTooManyIsRefused() {
        JobRef ref = JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347");

        assertThat(RecentLog.newest(client, ref, null, "worker-1", 0).lines()).isEmpty();
        assertThatThrownBy(() -> RecentLog.newest(client, ref, null, null, 501))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lines must be between 0 and 500, got 501");
        assertThat(RecentLog.checkLines(0, false)).contains("must be between 1 and 500, got 0");
        assertThat(RecentLog.checkLines(500, false)).isEmpty();
    }

    private JobRef submit(String spec) {
        return jobs.submit(JobSpecLoader.parse("test job", spec)).ref();
    }

    /** Reads the job's status until it has ended, so that its whole log is written. */
    private JobRef ended(JobRef ref) {
        for (int i = 0; i < 20 && !jobs.read(ref).isTerminal(); i++) {
            // the emulator moves the job on with each status read
        }
        assertThat(jobs.read(ref).isTerminal()).isTrue();
        return jobs.resolve(ref);
    }
}
