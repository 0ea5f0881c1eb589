package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsTrain's dataSource, volumes and createVersion, spec with fields refused, createTime and resourceId returned. */
class TrainStepNamedParametersTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(TrainStep step) throws Exception {
        FakeStepContext context = h.newContext();
        step.start(context).start();
        return (Map<String, Object>) context.await(WAIT);
    }

    /** As Pipeline binds it: the script's arguments through the descriptor's customInstantiate. */
    private static String asBound(String name, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name, value);
        return (String) new TrainStep.DescriptorImpl().customInstantiate(args).get(name);
    }

    private static TrainStep withoutDataUrl() {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setDataUrl(null);
        return step;
    }

    @Test
    void dataSourceAndVolumesGoIntoTheConfigFromListsOfMaps() throws Exception {
        TrainStep step = withoutDataUrl();
        step.setDataSource(asBound("dataSource", List.of(Map.of("type", "obs", "data_url", "/bucket/data/"))));
        step.setVolumes(asBound("volumes", List.of(Map.of("nfs",
                Map.of("id", "sfs-1", "src_path", "192.168.8.150:/", "dest_path", "/mnt/data", "read_only", true)))));

        Map<String, Object> created = run(step);

        TrainingJobVersion version = h.clients.client().jobsV1().version(Long.parseLong((String) created.get("jobId")),
                (Long) created.get("versionId"));
        assertThat(version.dataSource()).singleElement().satisfies(d -> assertThat(d.dataUrl()).isEqualTo("/bucket/data/"));
        assertThat(version.volumes()).singleElement().satisfies(v -> {
            assertThat(v.nfs().id()).isEqualTo("sfs-1");
            assertThat(v.nfs().readOnly()).isTrue();
        });
    }

    @Test
    void theCreateAnswersTimeResourceIdAndVersionNameAreReturned() throws Exception {
        Map<String, Object> created = run(TrainStepTest.train(Map.of()));

        assertThat(created.get("createTime")).isInstanceOf(Long.class);
        assertThat((Long) created.get("createTime")).isPositive();
        assertThat(created.get("resourceId")).isEqualTo("jobres" + created.get("jobId"));
        assertThat(created.get("versionName")).isEqualTo("V0001");
    }

    @Test
    void createVersionFalseCreatesAJobWithoutAVersionAndReturnsItWithoutCrashing() throws Exception {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setCreateVersion(false);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> created = (Map<String, Object>) context.await(WAIT);

        assertThat(created.get("jobId")).isNotNull();
        assertThat(created.get("versionId")).isNull();
        assertThat(context.log()).contains("without a version (createVersion: false)");
        assertThat(h.clients.client().jobsV1().versionList(Long.parseLong((String) created.get("jobId"))).versions()).isEmpty();

        FakeStepContext waiting = h.newContext();
        new WaitForJobStep((String) created.get("jobId")).start(waiting).start();
        assertThat(waiting.awaitFailure(WAIT)).isInstanceOf(AbortException.class).hasMessageContaining("has no versions")
                .hasMessageContaining("create_version false");
    }

    @Test
    void createVersionFalseWithWaitIsRefusedBeforeAnythingIsSent() {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setCreateVersion(false);
        step.setWait(true);

        assertThatThrownBy(() -> step.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("createVersion: false");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void badDataSourceOrVolumesAreListedBeforeAnythingIsSent() {
        TrainStep step = withoutDataUrl();
        step.setDataSource("[{\"type\": \"obs\", \"url\": \"/bucket/data/\"}]");
        step.setVolumes("{\"nfs\": {}}");

        assertThatThrownBy(() -> step.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("dataSource[0]").hasMessageContaining("url")
                .hasMessageContaining("volumes must be a list");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void aSpecWithNamedParametersOrAConfigurationIsRefusedNamingWhatWouldBeIgnored() {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setSpec("{\"job_name\": \"x\", \"config\": {}}");
        step.setConfigName("stored");
        step.setCreateVersion(false);

        assertThatThrownBy(() -> step.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("not both")
                .hasMessageContaining("configName, workerServerNum, appUrl")
                .hasMessageContaining("createVersion");
    }

    @Test
    void aDryRunPrintsAndReturnsTheRequestAndCreatesNothing() throws Exception {
        TrainStepPreflightTest.putObjects(h.emulator);
        TrainStep step = TrainStepTest.train(Map.of("lr", "0.01"));
        step.setJobName("dry-7");
        step.setDryRun(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) context.await(WAIT);

        assertThat(value).containsEntry("dryRun", true).containsEntry("api", "v1").containsEntry("jobName", "dry-7")
                .containsEntry("reuses", null);
        assertThat((String) value.get("request")).contains("\"job_name\" : \"dry-7\"").contains("\"boot_file_url\"");
        assertThat(context.log()).contains("Dry run: the v1 request is valid; nothing was sent").contains("\"job_name\" : \"dry-7\"");
        assertThat(h.emulator.journal().count("POST", ".*")).isZero();
    }

    @Test
    void aDryRunCannotWait() {
        TrainStep step = TrainStepTest.train(Map.of());
        step.setDryRun(true);
        step.setWait(true);
        assertThatThrownBy(() -> step.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("dryRun: true creates nothing");
    }
}
