package io.jenkins.plugins.modelarts.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.report.ReportBaseline;
import io.jenkins.plugins.modelarts.core.report.ReportReader;
import io.jenkins.plugins.modelarts.core.report.TrainingReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's scripted system metric series and phases produce each finding exactly where expected. */
class FindingsEmulatorTest {
    private final ManualClock clock = new ManualClock();
    private ModelArtsEmulator emulator;
    private ModelArtsClient client;
    private TrainingJobs jobs;
    private int count;

    @BeforeEach
    void start() {
        emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start();
        client = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId()).clock(clock)
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build();
        jobs = new TrainingJobs(client);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    /** Trains a v1 job steered by emulator parameters for {@code runSeconds} and reads its report. */
    private TrainingReport trained(int runSeconds, Map<String, String> steering) {
        Map<String, String> params = new LinkedHashMap<>(steering);
        params.put(JobScript.RUN_SECONDS, Integer.toString(runSeconds));
        StringBuilder parameter = new StringBuilder();
        params.forEach((k, v) -> parameter.append(parameter.length() == 0 ? "" : ",")
                .append("{\"label\":\"").append(k).append("\",\"value\":\"").append(v).append("\"}"));
        String spec = """
                {"job_name": "findings-%d", "config": {"worker_server_num": 1, "app_url": "/bkt/src/",
                  "boot_file_url": "/bkt/src/train.py", "data_url": "/bkt/data/", "spec_id": 1, "engine_id": 1,
                  "train_url": "/bkt/out/", "parameter": [%s]}}
                """.formatted(++count, parameter);
        JobRef ref = jobs.submit(JobSpecLoader.parse("spec", spec)).ref();
        clock.advance(Duration.ofSeconds(runSeconds + 1));
        TrainingReport report = new ReportReader(jobs).read(ref);
        assertThat(report.state()).isEqualTo(JobState.COMPLETED);
        return report;
    }

    private static List<String> ids(TrainingReport report) {
        return report.findings().stream().map(Finding::id).toList();
    }

    @Test
    void aBalancedJobHasNoFindings() {
        assertThat(trained(600, Map.of()).findings()).isEmpty();
    }

    @Test
    void eachScriptedProfileGivesItsFindingAndNoOther() {
        assertThat(ids(trained(600, Map.of(JobScript.SYSTEM_METRICS, "gpu-underused"))))
                .containsExactly(EfficiencyFindings.GPU_UNDERUSED);
        assertThat(ids(trained(600, Map.of(JobScript.SYSTEM_METRICS, "gpu-memory-full"))))
                .containsExactly(EfficiencyFindings.GPU_MEMORY_NEAR_LIMIT);
        assertThat(ids(trained(600, Map.of(JobScript.SYSTEM_METRICS, "cpu-bound"))))
                .as("a GPU starved by the input pipeline is reported once, as cpu-bound-input")
                .containsExactly(EfficiencyFindings.CPU_BOUND_INPUT);
        assertThat(ids(trained(600, Map.of(JobScript.SYSTEM_METRICS, "memory-full"))))
                .containsExactly(EfficiencyFindings.MEMORY_NEAR_LIMIT);
    }

    @Test
    void findingsCarryTheirNumbersAndASuggestion() {
        Finding f = trained(600, Map.of(JobScript.SYSTEM_METRICS, "gpu-underused")).findings().get(0);
        assertThat(f.level()).isEqualTo(Finding.Level.WARNING);
        assertThat(f.evidence().get("samples")).isEqualTo(10.0); // 12 points a minute apart, start-up and shut-down left out
        assertThat(f.evidence().get("gpu_util_median_percent")).isBetween(6.0, 18.0);
        assertThat(f.evidence().get("under_used_share")).isEqualTo(1.0);
        // in the order the finding names them, the same on every run (reports list the evidence in this order)
        assertThat(f.evidence().keySet()).containsExactly("gpu_util_median_percent", "under_used_share", "samples");
        assertThat(f.summary()).contains("below 30 % in 10 of 10 samples");
        assertThat(f.suggestion()).contains("smaller GPU flavor");
    }

    @Test
    void aLongQueueIsAnInfoFindingAShortOneIsNot() {
        TrainingReport queued = trained(600, Map.of(JobScript.QUEUED_SECONDS, "900"));
        assertThat(ids(queued)).containsExactly(EfficiencyFindings.LONG_QUEUE);
        assertThat(queued.findings().get(0).level()).isEqualTo(Finding.Level.INFO);
        assertThat(queued.findings().get(0).evidence()).containsEntry("queued_seconds", 900.0);
        assertThat(queued.findings().get(0).summary()).contains("15m 0s");
        assertThat(trained(600, Map.of(JobScript.QUEUED_SECONDS, "300")).findings()).isEmpty();
    }

    @Test
    void aJobFarLongerOrShorterThanTheBaselineIsReported() {
        TrainingReport baseline = trained(600, Map.of());
        ReportBaseline b = ReportBaseline.of("baseline job", baseline);
        TrainingReport slow = trained(1500, Map.of()).withBaseline(b, FindingThresholds.defaults());
        assertThat(ids(slow)).containsExactly(EfficiencyFindings.SLOWER_THAN_BASELINE);
        assertThat(slow.findings().get(0).evidence()).containsEntry("ratio", 2.5);
        TrainingReport fast = trained(240, Map.of()).withBaseline(b, FindingThresholds.defaults());
        assertThat(ids(fast)).containsExactly(EfficiencyFindings.FASTER_THAN_BASELINE);
        TrainingReport similar = trained(900, Map.of()).withBaseline(b, FindingThresholds.defaults());
        assertThat(similar.findings()).isEmpty();
    }

    @Test
    void tunedThresholdsMoveTheLine() {
        TrainingReport balanced = trained(600, Map.of());
        FindingThresholds strict = FindingThresholds.defaults().with(Map.of("gpu_underused_percent", "99"));
        assertThat(ids(balanced.withThresholds(strict))).containsExactly(EfficiencyFindings.GPU_UNDERUSED);
        TrainingReport full = trained(600, Map.of(JobScript.SYSTEM_METRICS, "memory-full"));
        assertThat(full.withThresholds(FindingThresholds.defaults().with(List.of("memory_near_limit_percent=97"))).findings())
                .isEmpty();
    }
}
