package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `jobs` search options and answer, `versions` top-level fields, create_version false, and failures that explain themselves. */
class SearchAndFailureCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private ModelArtsEmulator emulator;
    private CliRunner cli;

    @BeforeEach
    void connect() {
        emulator = EMULATOR.emulator();
        cli = CliRunner.against(emulator);
    }

    private List<String> createV2(String... names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            CliRunner.Result r = cli.run("train", Specs.v2(dir, name, Map.of("emulator_status_reads", "1000")).toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            ids.add(r.out().trim());
        }
        return ids;
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-o");
        all.add("json");
        CliRunner.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.path("items").forEach(j -> names.add(j.path("metadata").path("name").asText()));
        return names;
    }

    @Test
    void aProjectWithOnlyV1JobsIsToldWhereTheyAreListed() {
        CliRunner.Result v1 = cli.run("train", Specs.v1(dir, "only-v1", Map.of()).toString());
        assertThat(v1.exitCode()).as(v1.err()).isZero();

        CliRunner.Result empty = cli.run("jobs");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("0 of 0 matching jobs (0 in all)");
        assertThat(empty.err()).contains("No v2 training jobs in this project; jobs created with the v1 API (a v1 spec) are"
                + " listed with --api v1.");
        assertThat(cli.run("jobs", "--api", "v1").out()).contains("only-v1");

        createV2("some-v2");
        assertThat(cli.run("jobs").err()).doesNotContain("No v2 training jobs");
    }

    @Test
    void filterOptionsReachTheSearchWithEachOperator() throws Exception {
        createV2("sweep-a", "sweep-b", "other-c");

        assertThat(names(json("jobs", "--filter", "name:like:SWEEP", "--sort", "name", "--order", "asc")))
                .containsExactly("sweep-a", "sweep-b");
        assertThat(names(json("jobs", "--filter", "name:in:sweep-b,other-c", "--sort", "name", "--order", "asc")))
                .containsExactly("other-c", "sweep-b");
        assertThat(names(json("jobs", "--filter", "name:not:sweep-a", "--filter", "name:like:sweep")))
                .containsExactly("sweep-b");
        assertThat(names(json("jobs", "--filter", "create_time:between:2000-01-01T00:00:00Z,", "--filter", "name:like:sweep")))
                .hasSize(2);
        assertThat(names(json("jobs", "--filter", "create_time:between:,2000-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void jsonKeepsTheSearchWrapperAndTextEndsWithASummaryLine() throws Exception {
        createV2("wrap-a", "wrap-b", "wrap-c");

        JsonNode page = json("jobs", "--filter", "name:like:wrap-", "--page-size", "2", "--offset", "1", "--sort", "name",
                "--order", "asc", "--group-by", "kind");
        assertThat(page.path("count").asInt()).isEqualTo(3);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("sort_by").asText()).isEqualTo("name");
        assertThat(page.path("order").asText()).isEqualTo("asc");
        assertThat(page.path("group_by").asText()).isEqualTo("kind");
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(names(page)).containsExactly("wrap-c");

        CliRunner.Result text = cli.run("jobs", "--filter", "name:like:wrap-", "--page-size", "2", "--limit", "3");
        assertThat(text.out()).contains("wrap-a", "wrap-b", "wrap-c")
                .containsPattern("3 of 3 matching jobs \\(\\d+ in all\\), from page 0 by 2, sorted by create_time desc");
    }

    @Test
    void anUnsupportedFilterKeyIsTheServicesErrorAndABadFilterAUsageError() {
        CliRunner.Result unsupported = cli.run("jobs", "--filter", "colour:in:red");
        assertThat(unsupported.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(unsupported.err()).contains("ModelArts.2788", "filters[0].key 'colour' is not supported");

        CliRunner.Result malformed = cli.run("jobs", "--filter", "phase=Running");
        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(malformed.err()).contains("KEY:OP:VALUE");

        CliRunner.Result badOperator = cli.run("jobs", "--filter", "phase:equals:Running");
        assertThat(badOperator.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badOperator.err()).contains("operator 'equals' is not valid");

        CliRunner.Result v1 = cli.run("jobs", "--api", "v1", "--group-by", "phase");
        assertThat(v1.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void versionsJsonKeepsTheListsTopLevelFields() throws Exception {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "cli-versions-top", Map.of()).toString());
        String jobId = created.out().trim().split(" ")[0];

        JsonNode list = json("versions", jobId);
        assertThat(list.path("job_name").asText()).isEqualTo("cli-versions-top");
        assertThat(list.path("version_count").asInt()).isEqualTo(1);
        assertThat(list.path("versions").get(0).path("version_name").asText()).isEqualTo("V0001");
        assertThat(cli.run("versions", jobId).out()).contains("Job cli-versions-top (" + jobId + "), 1 version(s)");
    }

    @Test
    void aJobCreatedWithoutAVersionIsReportedAsSuchAndWaitIsRefusedBeforeSending() {
        Path spec = Specs.write(dir, "versionless.json", Specs.text(Specs.v1(dir, "cli-versionless", Map.of()))
                .replace("\"worker_server_num\":1,", "\"worker_server_num\":1,\"create_version\":false,"));
        int before = emulator.journal().size();
        CliRunner.Result refused = cli.run("train", spec.toString(), "--wait");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("create_version");
        assertThat(emulator.journal().size()).isEqualTo(before);

        CliRunner.Result created = cli.run("train", spec.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out().trim()).matches("[0-9]+");
        assertThat(created.err()).contains("without a version (config.create_version is false)");
        CliRunner.Result versions = cli.run("versions", created.out().trim());
        assertThat(versions.exitCode()).isZero();
        assertThat(versions.out()).contains("0 version(s)");
        CliRunner.Result waited = cli.run("wait", created.out().trim());
        assertThat(waited.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(waited.err()).contains("has no versions", "nothing runs until a version is created");
        CliRunner.Result again = cli.run("train", spec.toString(), "--reattach");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().trim()).isEqualTo(created.out().trim());
    }

    @Test
    void aFailedV2JobsTaskMessageAndSecondaryPhaseReachWaitAndJobOutput() throws Exception {
        CliRunner.Result created = cli.run("train", Specs.v2(dir, "cli-v2-oom", Map.of("emulator_final_status", "failed",
                "emulator_status_reads", "1", "emulator_failure_message", "CUDA out of memory")).toString());
        String id = created.out().trim();

        CliRunner.Result waited = cli.run("wait", id, "--poll-interval", "1s");
        assertThat(waited.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(waited.out()).contains("FAILED (Failed)", "secondary phase: Failed",
                "worker-0 exited with code 1: CUDA out of memory");

        CliRunner.Result job = cli.run("job", id);
        assertThat(job.out()).contains("Failed task: worker-0 exited with code 1: CUDA out of memory");
        assertThat(json("job", id).path("status").path("task_statuses").get(0).path("message").asText())
                .isEqualTo("CUDA out of memory");
    }

    @Test
    void aHostileTaskMessageIsPrintedOnOneLineWithoutControlCharacters() {
        CliRunner.Result created = cli.run("train", Specs.v2(dir, "cli-v2-hostile", Map.of("emulator_final_status", "failed",
                "emulator_status_reads", "0", "emulator_failure_message", "boom\\u001b[2J\\nfake line")).toString());
        String id = created.out().trim();

        CliRunner.Result waited = cli.run("wait", id, "--poll-interval", "1s");

        assertThat(waited.out()).doesNotContain("\u001b").contains("worker-0 exited with code 1: boom");
        assertThat(waited.out().lines().filter(l -> l.startsWith("fake line"))).isEmpty();
    }
}
