package io.jenkins.plugins.modelarts.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingCacheTest {
    private final ManualClock clock = new ManualClock();
    private ModelArtsEmulator emulator;
    private ModelArtsClient client;
    private TrainingJobs jobs;
    private TrainingCache cache;

    @BeforeEach
    void start() {
        emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start()
                .defaultScript(JobScript.immediate(JobScript.FinalState.COMPLETED));
        client = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId()).clock(clock)
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build();
        jobs = new TrainingJobs(client);
        cache = new TrainingCache(jobs, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    /** What a front end does: reuse if allowed, otherwise create the marked spec and read it to its end. */
    private JobSnapshot trainOrReuse(JobSpec spec, ReusePolicy policy) {
        Optional<Reused> reused = cache.find(spec, policy);
        if (reused.isPresent()) {
            return reused.get().snapshot();
        }
        JobSnapshot created = jobs.submit(policy.enabled() ? TrainingCache.marked(spec) : spec);
        return jobs.read(created.ref());
    }

    private long creates() {
        return emulator.journal().count("POST", ".*/training-jobs");
    }

    @Test
    void theSameDefinitionTwiceCreatesOneJob() {
        JobSnapshot first = trainOrReuse(TrainingFingerprintTest.base("build-1"), ReusePolicy.successful());
        assertThat(first.state()).isEqualTo(JobState.COMPLETED);
        clock.advance(Duration.ofMinutes(5));
        Optional<Reused> again = cache.find(TrainingFingerprintTest.base("build-2"), ReusePolicy.successful());
        assertThat(again).isPresent();
        assertThat(again.get().snapshot().ref()).isEqualTo(first.ref());
        assertThat(again.get().message()).startsWith("Reused training job " + first.ref().jobId() + " version "
                + first.ref().versionId() + " trained on ").endsWith("no new job created");
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void aMeaningfulChangeCreatesANewJob() {
        JobSnapshot first = trainOrReuse(TrainingFingerprintTest.base("build-1"), ReusePolicy.successful());
        String changed = TrainingFingerprintTest.BASE.formatted("build-2", "x").replace("\"0.01\"", "\"0.05\"");
        JobSnapshot second = trainOrReuse(TrainingFingerprintTest.spec(changed), ReusePolicy.successful());
        assertThat(second.ref()).isNotEqualTo(first.ref());
        assertThat(creates()).isEqualTo(2);
    }

    @Test
    void failedOrStoppedJobsAreNeverReused() {
        emulator.scriptFor("failing-*", JobScript.immediate(JobScript.FinalState.FAILED));
        emulator.scriptFor("stopped-*", JobScript.immediate(JobScript.FinalState.STOPPED));
        assertThat(trainOrReuse(TrainingFingerprintTest.base("failing-1"), ReusePolicy.successful()).state()).isEqualTo(JobState.FAILED);
        assertThat(trainOrReuse(TrainingFingerprintTest.base("stopped-1"), ReusePolicy.successful()).state()).isEqualTo(JobState.STOPPED);
        assertThat(cache.find(TrainingFingerprintTest.base("next"), ReusePolicy.successful())).isEmpty();
        JobSnapshot third = trainOrReuse(TrainingFingerprintTest.base("next"), ReusePolicy.successful());
        assertThat(third.state()).isEqualTo(JobState.COMPLETED);
        assertThat(creates()).isEqualTo(3);
    }

    @Test
    void aJobOlderThanTheMaximumAgeIsNotReused() {
        trainOrReuse(TrainingFingerprintTest.base("build-1"), ReusePolicy.successful());
        clock.advance(Duration.ofHours(25));
        assertThat(cache.find(TrainingFingerprintTest.base("build-2"), ReusePolicy.parse("24h"))).isEmpty();
        assertThat(cache.find(TrainingFingerprintTest.base("build-2"), ReusePolicy.parse("2d"))).isPresent();
    }

    @Test
    void neverLooksNothingUpAndUnmarkedJobsAreNotFound() {
        trainOrReuse(TrainingFingerprintTest.base("plain-1"), ReusePolicy.never());
        emulator.journal().clear();
        assertThat(cache.find(TrainingFingerprintTest.base("plain-2"), ReusePolicy.never())).isEmpty();
        assertThat(emulator.journal().size()).isZero();
        assertThat(cache.find(TrainingFingerprintTest.base("plain-2"), ReusePolicy.successful())).isEmpty();
    }

    private static JobSpec v2(String name, String lr) {
        return TrainingFingerprintTest.spec("""
                {"kind": "job", "metadata": {"name": "%s", "description": "nightly resnet"},
                 "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py",
                   "parameters": [{"name": "lr", "value": "%s"}],
                   "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                """.formatted(name, lr));
    }

    @Test
    void aV2JobIsFoundThroughTheSearchOfCompletedJobsByTheFingerprintInItsDescription() {
        JobSnapshot first = trainOrReuse(v2("v2-build-1", "0.01"), ReusePolicy.successful());
        assertThat(first.state()).isEqualTo(JobState.COMPLETED);
        String description = client.jobsV2().get(first.ref().jobId()).metadata().description();
        assertThat(description).startsWith("nightly resnet ").contains("modelarts-fp:" + TrainingFingerprint.of(v2("x", "0.01")));

        Optional<Reused> again = cache.find(v2("v2-build-2", "0.01"), ReusePolicy.successful());
        assertThat(again).isPresent();
        assertThat(again.get().snapshot().ref()).isEqualTo(first.ref());
        assertThat(emulator.journal().count("POST", ".*/training-job-searches")).isPositive();

        assertThat(cache.find(v2("v2-build-3", "0.05"), ReusePolicy.successful())).isEmpty();
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void aV2JobStillRunningOrTooOldIsNotReused() {
        emulator.scriptFor("v2-running-*", JobScript.afterStatusReads(1000));
        trainOrReuse(v2("v2-running-1", "0.01"), ReusePolicy.successful());
        assertThat(cache.find(v2("v2-next", "0.01"), ReusePolicy.successful())).isEmpty();

        trainOrReuse(v2("v2-done-1", "0.01"), ReusePolicy.successful());
        clock.advance(Duration.ofHours(25));
        assertThat(cache.find(v2("v2-next", "0.01"), ReusePolicy.parse("24h"))).isEmpty();
        assertThat(cache.find(v2("v2-next", "0.01"), ReusePolicy.parse("2d"))).isPresent();
    }
}
