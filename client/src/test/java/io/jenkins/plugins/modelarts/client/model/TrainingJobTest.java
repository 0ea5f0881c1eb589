package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed-004 job detail sample. The published page lost the sample's opening brace and every
 * line holding only a closing brace ({@code }} or {@code },}) in its export, so the text is not
 * JSON. {@code TrainingJobTest_detail.json} restores exactly those lines and nothing else;
 * {@code TrainingJobTest_detail-published.txt} keeps the page's text, and the first test proves the
 * two differ only in the restored lines.
 */
class TrainingJobTest {

    @Test
    void reconstructedSampleDiffersFromThePublishedTextOnlyByRestoredBraceLines() {
        List<String> restored = Fixtures.text(getClass(), "detail.json").lines()
                .map(String::strip)
                .filter(line -> !line.equals("{") && !line.equals("}") && !line.equals("},"))
                .toList();
        List<String> published = Fixtures.text(getClass(), "detail-published.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();

        assertThat(restored).isEqualTo(published);
    }

    @Test
    void readsTheJobDetail() {
        TrainingJob job = Fixtures.read(getClass(), "detail", TrainingJob.class);

        assertThat(job.kind()).isEqualTo("job");
        assertThat(job.metadata().id()).isEqualTo("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        assertThat(job.metadata().name()).isEqualTo("trainjob--py14_mem06-108");
        assertThat(job.metadata().userName()).isEmpty();
        assertThat(job.phase()).isEqualTo("Abnormal");
        assertThat(job.status().state()).isEqualTo(JobState.FAILED);
        assertThat(job.status().tasks()).containsExactly("worker-0");
        assertThat(job.algorithm().path("boot_file").asText()).isEqualTo("obs://test/economic_test/py_minist/minist_common.py");
        assertThat(job.algorithm().path("outputs").get(0).path("name").asText()).isEqualTo("train_url");
        assertThat(job.engine().engineName()).isEqualTo("PyTorch");
        assertThat(job.resource()).isEqualTo(new TrainingJob.Resource(null, "modelarts.vm.p100.large.eco", null, 1, null));
        assertThat(job.spec().path("resource").path("flavor_detail").path("billing").path("code").asText())
                .isEqualTo("modelarts.vm.gpu.p100.eco");
        assertThat(job.tasks()).isNull();
        assertThat(job.endpoints()).isNull();
        assertThat(Fixtures.tree(job)).isEqualTo(Fixtures.json(getClass(), "detail"));
    }

    @Test
    void readsTaskStatusesRunningRecordsAnnotationsAndNewerFields() {
        TrainingJob job = Fixtures.convert(Fixtures.parse("""
                {"kind": "job",
                 "metadata": {"id": "j1", "name": "n", "annotations": {"fault-tolerance/job-retry-num": "3"}},
                 "status": {"phase": "Running", "task_statuses": [{"task": "worker-0", "exit_code": 137, "message": "OOM"}],
                            "running_records": [{"start_at": 1700000000, "end_at": 1700000600, "start_type": "init_or_rescheduled",
                                                 "end_reason": "exit", "end_related_task": "worker-0",
                                                 "end_recover": "npu_proc_restart", "end_recover_before_downgrade": "npu_proc_restart"}],
                            "retention_time": 30, "task_ips": [{"task": "worker-0", "ip": "10.0.0.1"}]},
                 "endpoints": {"ssh": {"key_pair_names": ["kp"]}},
                 "tasks": [{"role": "worker"}]}
                """), TrainingJob.class);

        assertThat(job.metadata().annotations()).containsEntry("fault-tolerance/job-retry-num", "3");
        assertThat(job.status().taskStatuses()).containsExactly(new TrainingJobStatus.TaskStatus("worker-0", 137, "OOM"));
        assertThat(job.status().runningRecords()).containsExactly(new TrainingJobStatus.RunningRecord(1700000000L,
                1700000600L, "init_or_rescheduled", "exit", "worker-0", "npu_proc_restart", "npu_proc_restart"));
        assertThat(job.status().unknownFields()).containsOnlyKeys("retention_time", "task_ips");
        assertThat(job.endpoints().path("ssh").path("key_pair_names").get(0).asText()).isEqualTo("kp");
        assertThat(job.tasks().get(0).path("role").asText()).isEqualTo("worker");
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void viewsOfAnEmptyJobAreEmpty() {
        TrainingJob job = Fixtures.convert(Fixtures.parse("{}"), TrainingJob.class);

        assertThat(job.id()).isNull();
        assertThat(job.state()).isEqualTo(JobState.UNKNOWN);
        assertThat(job.resource()).isEqualTo(new TrainingJob.Resource(null, null, null, null, null));
        assertThat(job.engine()).isEqualTo(new TrainingJob.Engine(null, null, null, null));
    }
}
