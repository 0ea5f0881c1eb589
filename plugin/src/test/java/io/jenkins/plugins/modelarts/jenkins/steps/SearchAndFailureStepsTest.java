package io.jenkins.plugins.modelarts.jenkins.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobResponse;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeStepContext;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** modelartsJobs' operators, paging and answer; modelartsVersions' top-level fields; a failed v2 job's explanation in the build log. */
class SearchAndFailureStepsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    @BeforeEach
    void start() {
        h.emulator.defaultScript(JobScript.afterStatusReads(100_000));
    }

    private Object run(ModelArtsStep step, FakeStepContext context) throws Exception {
        step.start(context).start();
        return context.await(WAIT);
    }

    private static String v2Spec(String extraParameters) throws Exception {
        return Files.readString(Paths.get("../examples/train-v2.json"), StandardCharsets.UTF_8)
                .replace("{ \"name\": \"epochs\", \"value\": \"3\" },", "{ \"name\": \"epochs\", \"value\": \"3\" }," + extraParameters);
    }

    @SuppressWarnings("unchecked")
    private String v2Job(String name) throws Exception {
        TrainStep step = new TrainStep();
        step.setJobName(name);
        step.setSpec(v2Spec(""));
        return (String) ((Map<String, Object>) run(step, h.newContext())).get("jobId");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("jobs")).stream().map(j -> (String) j.get("jobName")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(Map<String, Object> filters, int limit, int offset, int max) throws Exception {
        JobsStep step = new JobsStep();
        step.setFilters(filters);
        step.setLimit(limit);
        step.setOffset(offset);
        step.setMax(max);
        step.setSortBy("name");
        step.setOrder("asc");
        return (Map<String, Object>) run(step, h.newContext());
    }

    @Test
    void jobsTakesEveryOperatorAndReturnsTheSearchAnswer() throws Exception {
        for (String name : List.of("op-a", "op-b", "op-c", "other-d")) {
            v2Job(name);
        }
        Map<String, Object> like = search(Map.of("name", "op-"), 50, 0, 0);
        assertThat(names(like)).containsExactly("op-a", "op-b", "op-c");
        assertThat(like).containsEntry("count", 3).containsEntry("total", 4).containsEntry("limit", 50)
                .containsEntry("offset", 0).containsEntry("sortBy", "name").containsEntry("order", "asc")
                .containsKeys("groupBy", "workspaceId", "aiProject");

        assertThat(names(search(Map.of("name", List.of("op-a", "other-d")), 50, 0, 0))).containsExactly("op-a", "other-d");
        Map<String, Object> not = new LinkedHashMap<>();
        not.put("name", Map.of("not", List.of("op-b")));
        not.put("kind", List.of("job"));
        assertThat(names(search(not, 50, 0, 0))).containsExactly("op-a", "op-c", "other-d");
        assertThat(names(search(Map.of("create_time", Map.of("between", List.of("1", ""))), 50, 0, 0))).hasSize(4);
        assertThat(names(search(Map.of("create_time", Map.of("between", List.of("", "1"))), 50, 0, 0))).isEmpty();
    }

    @Test
    void jobsHonoursOffsetWhenPagingUpToMax() throws Exception {
        for (String name : List.of("page-a", "page-b", "page-c", "page-d", "page-e")) {
            v2Job(name);
        }

        Map<String, Object> answer = search(Map.of("name", "page-"), 2, 1, 10);

        assertThat(names(answer)).containsExactly("page-c", "page-d", "page-e");
        assertThat(answer).containsEntry("offset", 1).containsEntry("limit", 2).containsEntry("count", 5);
    }

    @Test
    void anUnsupportedFilterKeyFailsTheStepWithTheServicesErrorAndABadOperatorMapBeforeSending() throws Exception {
        JobsStep unsupported = new JobsStep();
        unsupported.setFilters(Map.of("colour", "red"));
        FakeStepContext context = h.newContext();
        unsupported.start(context).start();
        assertThat(context.awaitFailure(WAIT)).hasMessageContaining("ModelArts.2788").hasMessageContaining("colour");

        JobsStep twoOperators = new JobsStep();
        twoOperators.setFilters(Map.of("phase", Map.of("in", List.of("Running"), "not", List.of("Failed"))));
        assertThatThrownBy(() -> twoOperators.start(h.newContext())).isInstanceOf(AbortException.class)
                .hasMessageContaining("exactly one operator");
        assertThat(h.emulator.journal().count("POST", ".*/training-job-searches")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void versionsCarryTheJobNameDescriptionCountAndSystemMetricsOfTheList() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(0));
        TrainStep fields = TrainStepTest.train(Map.of());
        var field = TrainStep.class.getDeclaredField("definition");
        field.setAccessible(true);
        JobSpec.V1 spec = (JobSpec.V1) ((TrainingDefinition) field.get(fields)).toSpec("listed-versions", h.clients.client());
        CreateTrainingJobResponse created = h.clients.client().jobsV1().create(spec.request());

        List<Map<String, Object>> versions = (List<Map<String, Object>>) run(new VersionsStep(String.valueOf(created.jobId())),
                h.newContext());

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0)).containsEntry("jobName", "listed-versions").containsEntry("versionCount", 1L)
                .containsKey("jobDesc");
        assertThat((Map<String, Object>) versions.get(0).get("systemMetrics")).containsKey("cpuUsage");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailedV2JobsTaskMessageReachesTheBuildLogTheFailureAndTheReport() throws Exception {
        h.emulator.defaultScript(JobScript.afterStatusReads(1));
        TrainStep step = new TrainStep();
        step.setJobName("v2-oom");
        step.setSpec(v2Spec("{ \"name\": \"emulator_final_status\", \"value\": \"failed\" },"
                + "{ \"name\": \"emulator_failure_message\", \"value\": \"CUDA out of memory\" },"));
        step.setWait(true);
        FakeStepContext context = h.newContext();
        step.start(context).start();

        Throwable failure = context.awaitFailure(WAIT);

        assertThat(failure).isInstanceOf(AbortException.class)
                .hasMessageContaining("ended FAILED (Failed)")
                .hasMessageContaining("worker-0 exited with code 1: CUDA out of memory");
        assertThat(context.log()).contains("Why ModelArts job", "secondary phase: Failed",
                "worker-0 exited with code 1: CUDA out of memory");
        Path report;
        try (var files = Files.walk(context.run().getRootDir().toPath())) {
            report = files.filter(p -> p.getFileName().toString().equals(io.jenkins.plugins.modelarts.core.report.ReportWriter.HTML_FILE)).findFirst().orElseThrow();
        }
        assertThat(Files.readString(report)).contains("Why it failed", "CUDA out of memory");
    }
}
