package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
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

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("jobs", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void missingConfigurationListsEverySettingAtOnce() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("jobs");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no endpoint", "no project id", "no credentials").doesNotContain("Exception");
    }

    @Test
    void aSpecWithSeveralMistakesListsThemAllAndSendsNothing() {
        int before = emulator.journal().size();
        CliRunner.Result r = cli.run("train", Path.of("..", "examples", "broken-v1.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is not valid").contains("job_name").contains("worker_server_num")
                .contains("spec_id").doesNotContain("at io.jenkins");
        assertThat(emulator.journal().size()).isEqualTo(before);
    }

    @Test
    void aV2SpecWithWrongTypesOrAClimbingLogPathListsEveryProblemAndSendsNothing() {
        int before = emulator.journal().size();
        Path spec = Specs.write(dir, "typed.json", "{\"kind\":\"job\",\"metadata\":{\"name\":\"typed\"},"
                + "\"algorithm\":{\"code_dir\":\"/test-bucket/code/\",\"boot_file\":\"/test-bucket/code/train.py\","
                + "\"inputs\":[{\"name\":\"data_url\",\"remote\":{\"obs\":{\"obs_url\":3.0}}}]},"
                + "\"spec\":{\"resource\":{\"flavor_id\":\"f\",\"node_count\":1},"
                + "\"log_export_path\":{\"obs_url\":\"../../etc/passwd\"}}}");
        CliRunner.Result r = cli.run("train", spec.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("(2 problems)").contains("obs_url is a number (3.0)")
                .contains("'../../etc/passwd' is not an OBS path");
        assertThat(emulator.journal().size()).isEqualTo(before);
    }

    @Test
    void aSpecWithADuplicateKeyOrTrailingContentIsRefusedNamingTheLine() {
        Path duplicate = Specs.write(dir, "dup.json", "{\"job_name\": \"a\",\n\"job_name\": \"b\"}");
        CliRunner.Result r = cli.run("train", duplicate.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("duplicate key 'job_name' at line 2");
        Path trailing = Specs.write(dir, "two.json", "{\"job_name\": \"a\"}\n\n{}");
        CliRunner.Result t = cli.run("train", trailing.toString());
        assertThat(t.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(t.err()).contains("trailing content after the JSON document at line 3");
    }

    @Test
    void aCreateWhoseAnswerWasLostSaysItReattachedNotCreated() {
        emulator.faults().serverErrorsAfterProcessing(1, 500);
        CliRunner.Result r = cli.run("train", Specs.v1(dir, "lost-answer", Map.of()).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Re-attached to training job 'lost-answer', which the create made although its answer was lost")
                .doesNotContain("Created");
        assertThat(cli.run("train", Specs.v1(dir, "answered", Map.of()).toString()).err())
                .contains("Created training job 'answered'");
    }

    @Test
    void trainAndWaitPrintsProgressAndMetricsAndExitsZero() {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, "cli-completes", Map.of()).toString(), "--wait",
                "--poll-interval", "1s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Created training job 'cli-completes'").contains("JOBSTAT_COMPLETED(10)");
        assertThat(r.out()).contains("completed (JOBSTAT_COMPLETED(10))").contains("Metrics: ").contains("accuracy");
    }

    @Test
    void aRetriedTrainWithReattachUsesTheExistingJobInsteadOfFailing() {
        Path spec = Specs.v1(dir, "cli-shared-spec", Map.of());
        CliRunner.Result first = cli.run("train", spec.toString(), "--job-name", "resnet-build-17");
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRunner.Result plain = cli.run("train", spec.toString(), "--job-name", "resnet-build-17");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(plain.err()).contains("ModelArts.0103");
        CliRunner.Result again = cli.run("train", spec.toString(), "--job-name", "resnet-build-17", "--reattach");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Re-attached to existing training job 'resnet-build-17'");
        assertThat(again.out()).isEqualTo(first.out());
        CliRunner.Result v2 = cli.run("train", Specs.v2(dir, "cli-v2-shared", Map.of()).toString(), "--job-name", "bert-17");
        CliRunner.Result v2again = cli.run("train", Specs.v2(dir, "cli-v2-shared", Map.of()).toString(), "--job-name", "bert-17",
                "--reattach");
        assertThat(v2again.out()).isEqualTo(v2.out());
        assertThat(cli.run("train", spec.toString(), "--job-name", "bad name").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void severalJobsAreWaitedForTogetherWithListCallsNotOneReadPerJob() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, String> steer = i == 5 ? Map.of("emulator_final_status", "failed") : Map.of();
            CliRunner.Result created = cli.run("train", Specs.v1(dir, "sweep-" + i, steer).toString());
            assertThat(created.exitCode()).as(created.err()).isZero();
            ids.add(created.out().trim().split(" ")[0]);
        }
        emulator.journal().clear();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("wait", "--poll-interval", "10s"));
        args.addAll(ids);
        CliRunner.Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(r.out()).contains("job " + ids.get(0) + " version").contains("completed (JOBSTAT_COMPLETED(10))")
                .contains("ended FAILED (JOBSTAT_FAILED(11))");
        long listCalls = emulator.journal().count("GET", "/v1/[0-9a-f]+/training-jobs");
        long detailReads = emulator.journal().count("GET", "/v1/[0-9a-f]+/training-jobs/[0-9]+/versions/[0-9]+");
        assertThat(listCalls).as("one list call reads all six jobs").isBetween(1L, 4L);
        assertThat(detailReads).as("only the final report reads each job once").isEqualTo(6);
        assertThat(cli.run("wait", ids.get(0), ids.get(1), "--job-version", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aFailedJobExitsOne() {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, "cli-fails", Map.of("emulator_final_status", "failed"))
                .toString(), "--wait", "--poll-interval", "1s");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(r.out()).contains("FAILED");
    }

    @Test
    void aWaitThatTimesOutExitsFourAndStopsTheJob() {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "cli-slow", Map.of("emulator_status_reads", "1000"))
                .toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        String[] ids = created.out().trim().split(" ");
        CliRunner.Result r = cli.run("wait", ids[0], "--job-version", ids[1], "--poll-interval", "10s", "--timeout", "30s");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(r.err()).contains("Timed out after 30s").contains("asked ModelArts to stop it");
        CliRunner.Result after = cli.run("job", ids[0], "--job-version", ids[1]);
        assertThat(after.out()).containsAnyOf("JOBSTAT_KILLING(9)", "JOBSTAT_KILLED(12)");
    }

    @Test
    void jsonOutputIsExactlyOneDocumentWithMetricListsAsObjects() throws Exception {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, "cli-json", Map.of()).toString(), "--wait",
                "--poll-interval", "1s", "-o", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode version = new ObjectMapper().readTree(r.out());
        assertThat(version.path("status").asInt()).isEqualTo(10);
        assertThat(version.path("model_metric_list").isObject()).isTrue();
        assertThat(version.path("model_metric_list").path("total_metric").path("total_metric_values").has("accuracy"))
                .isTrue();
    }

    @Test
    void versionsJobsAndJobShowWhatWasCreated() {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "cli-listed", Map.of()).toString());
        String jobId = created.out().trim().split(" ")[0];
        CliRunner.Result versions = cli.run("versions", jobId);
        assertThat(versions.exitCode()).isZero();
        assertThat(versions.out()).contains("VERSION_ID").contains("V0001");
        CliRunner.Result jobs = cli.run("jobs", "--api", "v1", "--name", "cli-listed");
        assertThat(jobs.out()).contains("cli-listed");
        CliRunner.Result job = cli.run("job", jobId);
        assertThat(job.out()).contains("Job:         cli-listed");
    }

    @Test
    void v2JobsCanBeCreatedSearchedAndStopped() {
        CliRunner.Result created = cli.run("train", Specs.v2(dir, "cli-v2", Map.of("emulator_status_reads", "1000"))
                .toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = created.out().trim();
        assertThat(cli.run("jobs", "--name", "cli-v2").out()).contains(id);
        CliRunner.Result stop = cli.run("stop", id, "--wait", "--poll-interval", "1s");
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.out()).contains("was STOPPED (Terminated)");
    }

    @Test
    void logsPrintsTheNewestLinesOfEachWorker() {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "cli-logs", Map.of()).toString(), "--wait",
                "--poll-interval", "1s");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String jobId = cli.run("jobs", "--api", "v1", "--name", "cli-logs").out().lines()
                .filter(l -> l.contains("cli-logs")).findFirst().orElseThrow().split("\\s+")[0];
        CliRunner.Result logs = cli.run("logs", jobId, "--lines", "3");
        assertThat(logs.exitCode()).as(logs.err()).isZero();
        assertThat(logs.out().lines().filter(l -> !l.isBlank()).count()).isBetween(1L, 3L);
    }

    /** Trains a v1 job named {@code name} to its end; its id as the job list shows it. */
    private String trainedV1Job(String name) {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, name, Map.of()).toString(), "--wait", "--poll-interval", "1s");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return cli.run("jobs", "--api", "v1", "--name", name).out().lines()
                .filter(l -> l.contains(name)).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void logsCanBeArchivedFromObsIntoADirectory() throws Exception {
        String jobId = trainedV1Job("cli-archive");
        Path out = dir.resolve("archived-logs");
        CliRunner.Result archived = cli.run("logs", jobId, "--archive", out.toString());
        assertThat(archived.exitCode()).as(archived.err()).isZero();
        assertThat(archived.out()).contains("1 files");
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-worker-0.log");
        }
    }

    @Test
    void parallelDownloadsAreOneToSixteenAndGiveTheSameArchive() throws Exception {
        String jobId = trainedV1Job("cli-parallel");
        CliRunner.Result one = cli.run("logs", jobId, "--archive", dir.resolve("one").toString(), "--parallel", "1");
        CliRunner.Result many = cli.run("logs", jobId, "--archive", dir.resolve("many").toString(), "--parallel", "16");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(many.exitCode()).as(many.err()).isZero();
        assertThat(many.out().replace("many", "one")).isEqualTo(one.out());

        CliRunner.Result bad = cli.run("logs", jobId, "--archive", dir.resolve("bad").toString(), "--parallel", "17");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--parallel must be 1-16, got 17");
    }

    @Test
    void wrongCredentialsAreAnApiErrorWithoutTheSecret() {
        CliRunner.Result r = cli.env("HUAWEICLOUD_SDK_SK", "definitely-wrong-secret").run("jobs", "--max-attempts", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).contains("HTTP 401").doesNotContain("definitely-wrong-secret").doesNotContain("at io.");
    }

    @Test
    void iamUserCredentialsFromTheEnvironmentWork() {
        CliRunner.Result r = cli.env("HUAWEICLOUD_SDK_AK", null).env("HUAWEICLOUD_SDK_SK", null)
                .env("MODELARTS_IAM_USER", emulator.iamUser())
                .env("MODELARTS_IAM_PASSWORD", emulator.iamPassword())
                .env("MODELARTS_IAM_DOMAIN", emulator.iamDomain())
                .env("MODELARTS_IAM_ENDPOINT", emulator.baseUrl())
                .run("jobs", "--api", "v1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(emulator.journal().count("POST", "/v3/auth/tokens")).isEqualTo(1);
    }

    @Test
    void anIamUserWithoutPasswordOrAccountIsListedAsMissing() {
        CliRunner.Result r = cli.env("HUAWEICLOUD_SDK_AK", null).env("MODELARTS_IAM_USER", "someone").run("jobs");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("MODELARTS_IAM_PASSWORD", "MODELARTS_IAM_DOMAIN");
    }

    @Test
    void aMalformedAnswerIsAnApiErrorWithAClearMessageAndNoStackTrace() {
        emulator.faults().malformedResponses(1);
        CliRunner.Result r = cli.run("jobs", "--api", "v1", "--max-attempts", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).startsWith("modelarts: ").contains("Could not parse the response of GET").doesNotContain("\tat ");
    }

    @Test
    void badJobIdsAreUsageErrors() {
        assertThat(cli.run("wait", "my-job").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("logs", "10", "--lines", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("wait", "10", "--poll-interval", "soon").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void demoRunsTheWholeFlowAndExitsZero() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("demo");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Started the emulator", "JOBSTAT_COMPLETED(10)", "Metrics:", "Versions of job",
                "ended Terminated", "Done: the demo ran as expected.");
    }
}
