package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The promises of docs/cli.md, one test each, over every command where the promise is about every command. */
class CliPromisesTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ModelArtsEmulator emulator;
    private CliRunner cli;

    @BeforeEach
    void connect() {
        emulator = EMULATOR.emulator();
        cli = CliRunner.against(emulator);
    }

    /** Every registered command path: {@code [train]}, {@code [wait]}, …, and sub-subcommands if any appear. */
    static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(Subcommands.addAll(new CommandLine(new ModelArtsCommand(CliContext.system()))), List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            paths.add(subPath);
            collect(sub, subPath, paths);
        });
    }

    @Test
    void everyCommandAnswersHelpWithExitZeroAndItsUsage() {
        assertThat(commandPaths()).hasSizeGreaterThanOrEqualTo(11);
        for (List<String> path : commandPaths()) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliRunner.Result r = CliRunner.withoutConfiguration().run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(args + ": " + r.err()).isZero();
                assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: modelarts " + String.join(" ", path));
                assertThat(r.err()).as(String.join(" ", args)).isEmpty();
            }
        }
    }

    @Test
    void helpListsEveryRegisteredCommandWithAWholeSentenceAndEveryExitCode() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("--help");
        assertThat(r.exitCode()).isZero();
        String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Configuration:"));
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        for (String line : commands.lines().skip(1).toList()) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                current = line.trim().split("\\s+")[0];
                summaries.put(current, line.trim().substring(current.length()).trim());
            } else if (current != null && !line.isBlank()) {
                summaries.merge(current, line.trim(), (a, b) -> a + " " + b);
            }
        }
        summaries.forEach((name, summary) -> assertThat(summary).as("summary of " + name).endsWith(".")
                .doesNotContain(". "));
        Set<String> listed = new TreeSet<>(summaries.keySet());
        Set<String> registered = new TreeSet<>();
        commandPaths().forEach(p -> registered.add(p.get(0)));
        assertThat(listed).isEqualTo(registered).contains("gate", "report", "job", "jobs");
        for (int code : new int[] {ExitCodes.OK, ExitCodes.JOB_FAILED, ExitCodes.USAGE, ExitCodes.API_ERROR,
                ExitCodes.TIMEOUT, ExitCodes.GATE_FAILED, ExitCodes.GATE_UNSTABLE, ExitCodes.INTERNAL, 130}) {
            assertThat(r.out().replace("\n", " ")).containsPattern("(codes: |, )" + code + " ");
        }
    }

    @Test
    void defaultsInHelpReadAsTheyAreTyped() {
        assertThat(CliRunner.withoutConfiguration().run("demo", "--help").out()).contains("(default 500ms)")
                .doesNotContain("PT0");
    }

    @Test
    void argumentErrorsAreOneLineNamingTheHelpAndNoJavaInternals() {
        String[][] cases = {
            {"wait", "1", "--poll-interval", "-5s"},
            {"wait", "1", "--timeout", "1d"},
            {"jobs", "-o", "yaml"},
            {"jobs", "--frobnicate"},
            {"job"},
            {"wait", "1", "--job-version", "two"},
        };
        for (String[] args : cases) {
            CliRunner.Result r = cli.run(args);
            String command = "modelarts " + args[0];
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().toList()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("modelarts: ").endsWith("(see '" + command + " --help')");
            assertThat(r.err()).doesNotContain("Usage:", "Exception", "java.");
        }
        CliRunner.Result nothing = CliRunner.withoutConfiguration().run();
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothing.err()).isEqualTo("modelarts: Missing command; to try every command without a cloud account:"
                + " modelarts demo (see 'modelarts --help')\n");
        CliRunner.Result attempts = cli.run("jobs", "--max-attempts", "0");
        assertThat(attempts.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(attempts.err()).isEqualTo("modelarts: --max-attempts must be at least 1, got 0\n");
        CliRunner.Result tooLong = cli.run("job", "99999999999999999999");
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooLong.err()).isEqualTo(
                "modelarts: '99999999999999999999' is too large for a v1 job id (at most 9223372036854775807)\n");
    }

    @Test
    void jobVersionIsTheVersionOptionAndTheOldSpellingStillWorks() {
        String[] ids = trainV1("job-version", Map.of()).split(" ");
        CliRunner.Result now = cli.run("job", ids[0], "--job-version", ids[1]);
        CliRunner.Result old = cli.run("job", ids[0], "--version", ids[1]);
        assertThat(now.exitCode()).as(now.err()).isZero();
        assertThat(now.out()).contains("job " + ids[0] + " version " + ids[1]);
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(old.out()).contains("job " + ids[0] + " version " + ids[1]);
        assertThat(CliRunner.withoutConfiguration().run("job", "--help").out()).contains("--job-version=V")
                .doesNotContain("-V, --version");
        assertThat(CliRunner.withoutConfiguration().run("--version").out()).startsWith("modelarts ");
    }

    @Test
    void aTimeoutOfZeroMeansNoLimitAndNeverStopsTheJob() {
        String[] ids = trainV1("no-limit", Map.of("emulator_status_reads", "6")).split(" ");
        CliRunner.Result r = cli.run("wait", ids[0], "--job-version", ids[1], "--poll-interval", "10s", "--timeout", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("completed (JOBSTAT_COMPLETED(10))");
        assertThat(emulator.journal().count("POST", ".*/stop")).isZero();
        CliRunner.Result several = cli.run("wait", ids[0], trainV1("no-limit-2", Map.of()).split(" ")[0], "--timeout", "0");
        assertThat(several.exitCode()).as(several.err()).isZero();
        CliRunner.Result train = cli.run("train", Specs.v1(dir, "no-limit-3", Map.of()).toString(), "--wait", "--timeout", "0");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(emulator.journal().count("POST", ".*/stop")).isZero();
    }

    @Test
    void stoppingAJobThatAlreadyEndedSucceedsAndSaysSo() throws Exception {
        String[] v1 = trainV1("ended-v1", Map.of()).split(" ");
        assertThat(cli.run("wait", v1[0], "--job-version", v1[1]).exitCode()).isZero();
        CliRunner.Result stop = cli.run("stop", v1[0], "--job-version", v1[1]);
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.err()).contains("had already ended (JOBSTAT_COMPLETED(10)): nothing to stop");
        CliRunner.Result json = cli.run("stop", v1[0], "-o", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(oneDocument(json.out()).path("status").asInt()).isEqualTo(10);
        assertThat(cli.run("stop", v1[0], "--wait").exitCode()).isZero();

        CliRunner.Result created = cli.run("train", Specs.v2(dir, "ended-v2", Map.of()).toString());
        String v2 = created.out().trim();
        assertThat(cli.run("wait", v2).exitCode()).isZero();
        CliRunner.Result stopV2 = cli.run("stop", v2);
        assertThat(stopV2.exitCode()).as(stopV2.err()).isZero();
        assertThat(stopV2.err()).contains("had already ended (Completed)");
        assertThat(emulator.journal().count("POST", ".*/stop")).isZero();
        assertThat(emulator.journal().count("POST", ".*/actions")).isZero();
    }

    @Test
    void theGateRefusesAJobThatHasNotEndedUnlessAskedToWaitAndNamesAFailure() throws Exception {
        String[] running = trainV1("gate-running", Map.of("emulator_status_reads", "50")).split(" ");
        CliRunner.Result refused = cli.run("gate", running[0], "--require", "accuracy >= 0.5");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).startsWith("modelarts: ModelArts job " + running[0] + " version " + running[1]
                + " has not ended (").contains("wait for it first (modelarts wait, or gate --wait) and gate the result");

        String[] slow = trainV1("gate-waits", Map.of("emulator_status_reads", "4")).split(" ");
        CliRunner.Result waited = cli.run("gate", slow[0], "--require", "accuracy >= 0.5", "--wait", "--poll-interval", "5s");
        assertThat(waited.exitCode()).as(waited.err()).isZero();
        assertThat(waited.err()).contains("JOBSTAT_COMPLETED(10)");
        assertThat(waited.out()).contains("Gate for job " + slow[0]).contains("PASS");

        String[] failed = trainV1("gate-failed", Map.of("emulator_final_status", "failed")).split(" ");
        cli.run("wait", failed[0]);
        CliRunner.Result notEvaluated = cli.run("gate", failed[0], "--require", "accuracy >= 0.5");
        assertThat(notEvaluated.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(notEvaluated.err()).contains("release gate not evaluated").contains("ended FAILED (JOBSTAT_FAILED(11))");
        CliRunner.Result json = cli.run("gate", failed[0], "--require", "accuracy >= 0.5", "-o", "json");
        assertThat(oneDocument(json.out()).path("outcome").asText()).isEqualTo("NOT_EVALUATED");

        CliRunner.Result timedOut = cli.run("gate", running[0], "--require", "accuracy >= 0.5", "--wait",
                "--poll-interval", "10s", "--timeout", "30s", "--keep-running-on-timeout");
        assertThat(timedOut.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(timedOut.out()).isEmpty();
    }

    @Test
    void everyCommandPrintsExactlyOneJsonDocument() throws Exception {
        Path shared = writeV1Spec("json-two-workers", 2, "/test-bucket/logs/json/");
        String[] v1 = cli.run("train", shared.toString()).out().trim().split(" ");
        String v2 = cli.run("train", Specs.v2(dir, "json-v2", Map.of()).toString()).out().trim();
        cli.run("wait", v1[0]);
        cli.run("wait", v2);
        Map<String, String[]> commands = new LinkedHashMap<>();
        commands.put("train", new String[] {"train", Specs.v1(dir, "json-train", Map.of()).toString()});
        commands.put("wait", new String[] {"wait", v1[0], v2});
        commands.put("versions", new String[] {"versions", v1[0]});
        commands.put("jobs", new String[] {"jobs", "--api", "v1"});
        commands.put("job", new String[] {"job", v2});
        commands.put("stop", new String[] {"stop", v2});
        commands.put("logs", new String[] {"logs", v1[0]});
        commands.put("report", new String[] {"report", v1[0], "--out", dir.resolve("report").toString()});
        commands.put("gate", new String[] {"gate", v1[0], "--require", "accuracy >= 0.1"});
        commands.put("demo", new String[] {"demo", "--poll-interval", "1s"});
        Path config = Specs.write(dir, "cfg.json", "{\"config_desc\":\"json\",\"worker_server_num\":1,"
                + "\"app_url\":\"/test-bucket/src/\",\"boot_file_url\":\"/test-bucket/src/train.py\","
                + "\"data_url\":\"/test-bucket/data/\",\"spec_id\":1,\"engine_id\":1}");
        commands.put("configs create", new String[] {"configs", "create", "json-cfg", "--file", config.toString()});
        commands.put("configs list", new String[] {"configs", "list"});
        commands.put("configs get", new String[] {"configs", "get", "json-cfg"});
        commands.put("configs update", new String[] {"configs", "update", "json-cfg", "--workers", "2"});
        commands.put("configs delete", new String[] {"configs", "delete", "json-cfg"});
        Set<String> covered = new TreeSet<>(commands.keySet());
        covered.add("emulator"); // runs until Ctrl-C: its banner is checked below
        covered.add("configs"); // only groups its subcommands: without one it is a usage error (exit 2)
        Set<String> registered = new TreeSet<>();
        commandPaths().forEach(p -> registered.add(String.join(" ", p)));
        assertThat(covered).as("every command is covered here").isEqualTo(registered);

        for (Map.Entry<String, String[]> command : commands.entrySet()) {
            List<String> args = new ArrayList<>(List.of(command.getValue()));
            args.add("-o");
            args.add("json");
            CliRunner.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(args + ": " + r.err()).isZero();
            oneDocument(r.out());
        }
        JsonNode demo = oneDocument(cli.run("demo", "--poll-interval", "1s", "-o", "json").out());
        assertThat(demo.path("ok").asBoolean()).isTrue();
        assertThat(demo.path("trained").asBoolean()).isTrue();
        JsonNode logs = oneDocument(cli.run("logs", v1[0], "-o", "json").out());
        assertThat(logs.path("files")).hasSize(2);
        assertThat(logs.path("files").findValuesAsText("file")).doesNotHaveDuplicates().allSatisfy(f -> assertThat(f).isNotBlank());
        assertThat(logs.path("files").get(1).path("log").path("content").asText()).isNotBlank();
        assertThat(oneDocument(cli.run("logs", v1[0], "--archive", dir.resolve("a").toString(), "-o", "json").out()))
                .hasSize(2);

        StringWriter banner = new StringWriter();
        EmulatorCommand.printBanner(new PrintWriter(banner), emulator, true);
        JsonNode settings = oneDocument(banner.toString());
        assertThat(settings.path("ak_sk_environment").path("MODELARTS_ENDPOINT").asText()).isEqualTo(emulator.baseUrl());
        assertThat(settings.path("iam_environment").path("MODELARTS_IAM_USER").asText()).isEqualTo(emulator.iamUser());
    }

    @Test
    void theEmulatorBannerGivesTheIamSettingsToo() {
        StringWriter banner = new StringWriter();
        EmulatorCommand.printBanner(new PrintWriter(banner), emulator, false);
        assertThat(banner.toString()).contains("export MODELARTS_IAM_USER=" + emulator.iamUser())
                .contains("export MODELARTS_IAM_PASSWORD=" + emulator.iamPassword())
                .contains("export MODELARTS_IAM_DOMAIN=" + emulator.iamDomain())
                .contains("export MODELARTS_IAM_ENDPOINT=" + emulator.baseUrl())
                .contains("export HUAWEICLOUD_SDK_AK=" + emulator.accessKey());
    }

    @Test
    void logsArchiveTakesOnlyTheJobsOwnObjectsFromASharedLogLocation() throws Exception {
        Path spec = writeV1Spec("shared-logs", 1, "/test-bucket/logs/shared/");
        String[] first = cli.run("train", spec.toString(), "--job-name", "shared-logs-1").out().trim().split(" ");
        String[] second = cli.run("train", spec.toString(), "--job-name", "shared-logs-2").out().trim().split(" ");
        assertThat(cli.run("wait", first[0], second[0]).exitCode()).isZero();
        Path out = dir.resolve("first");
        CliRunner.Result r = cli.run("logs", first[0], "--archive", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("modelarts-job-" + first[0] + "-V0001-");
        }
        assertThat(r.err()).contains("1 object under obs://test-bucket/logs/shared/ belong to other jobs")
                .contains("modelarts-job-" + first[0] + "-V0001-");
        CliRunner.Result all = cli.run("logs", first[0], "--archive", dir.resolve("all").toString(), "--all-objects");
        assertThat(all.out()).contains("2 files");
    }

    @Test
    void aPhaseFilterListsOnlyJobsInThatPhase() {
        for (int i = 0; i < 3; i++) {
            cli.run("train", Specs.v2(dir, "phase-" + i, Map.of("emulator_status_reads", "2")).toString());
        }
        for (int search = 0; search < 4; search++) {
            CliRunner.Result r = cli.run("jobs", "--name", "phase-", "--phase", "Pending");
            assertThat(r.exitCode()).isZero();
            List<String> rows = r.out().lines().toList();
            assertThat(rows.get(rows.size() - 1)).as("the summary line").contains("matching jobs");
            rows.subList(1, rows.size() - 1).forEach(row -> assertThat(row).contains("Pending").doesNotContain("Running"));
        }
    }

    @Test
    void aTakenJobNameSaysHowToProceed() {
        Path spec = Specs.v1(dir, "taken-name", Map.of());
        cli.run("train", spec.toString());
        CliRunner.Result again = cli.run("train", spec.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(again.err()).contains("ModelArts.0103").contains("add --reattach to use it")
                .contains("another name with --job-name NAME");
    }

    @Test
    void anUnknownHostFailsAtOnceNamingTheEndpointSetting() {
        List<Duration> sleeps = new ArrayList<>();
        CliRunner.Result r = cli.env("MODELARTS_ENDPOINT", "http://modelarts.no-such-host.invalid")
                .sleeper(sleeps::add).run("jobs");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(sleeps).as("no retry can fix a host name").isEmpty();
        assertThat(r.err()).contains("host name is not known")
                .contains("MODELARTS_ENDPOINT=http://modelarts.no-such-host.invalid").contains("--region");
    }

    @Test
    void aClosedPortAndAWrongSchemeNameTheFix() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRunner.Result refused = cli.env("MODELARTS_ENDPOINT", "http://127.0.0.1:" + closed).run("jobs", "--max-attempts", "1");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(refused.err()).contains("Nothing accepts connections").contains("MODELARTS_ENDPOINT=http://127.0.0.1:" + closed);

        long start = System.nanoTime();
        CliRunner.Result tls = CliRunner.against(emulator).realTime()
                .env("MODELARTS_ENDPOINT", emulator.baseUrl().replace("http://", "https://")).run("jobs");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(tls.exitCode()).as(tls.err()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(tls.err()).contains("--endpoint or MODELARTS_ENDPOINT");
        assertThat(took).as("a plain-text answer to TLS is not retried: " + tls.err()).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aLongWaitPrintsAHeartbeatAtLeastEveryFiveMinutesSayingWhatCtrlCDoes() {
        String[] ids = trainV1("heartbeat", Map.of("emulator_status_reads", "60")).split(" ");
        CliRunner.Result r = cli.run("wait", ids[0], "--job-version", ids[1], "--poll-interval", "1m");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> still = r.err().lines().filter(l -> l.contains(": still ")).toList();
        assertThat(still).hasSizeBetween(9, 12).allSatisfy(l -> assertThat(l)
                .contains("job " + ids[0] + " version " + ids[1] + ": still JOBSTAT_RUNNING(8)")
                .endsWith("(Ctrl-C stops waiting, exit 130; the job keeps running)"));
        assertThat(r.err().lines().count()).as("not a line per read").isLessThan(20);
    }

    @Test
    void aLongWaitForSeveralJobsPrintsAHeartbeatToo() {
        String a = trainV1("heartbeat-a", Map.of("emulator_status_reads", "30")).split(" ")[0];
        String b = trainV1("heartbeat-b", Map.of("emulator_status_reads", "30")).split(" ")[0];
        CliRunner.Result r = cli.run("wait", a, b, "--poll-interval", "1m");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> still = r.err().lines().filter(l -> l.contains("still waiting for ")).toList();
        assertThat(still).hasSizeBetween(4, 8).allSatisfy(l -> assertThat(l).contains("2 of 2 jobs: job " + a)
                .endsWith("(Ctrl-C stops waiting, exit 130; the jobs keep running)"));
    }

    @Test
    void theCtrlCNoticeSaysTheJobKeepsRunningAndHowToStopIt() {
        assertThat(InterruptNotice.message(io.jenkins.plugins.modelarts.core.job.JobRef.v1(10, 3))).isEqualTo(
                "modelarts: interrupted: stopped waiting (exit 130); job 10 version 3 keeps running on ModelArts."
                        + " To stop it: modelarts stop 10 --job-version 3");
        assertThat(InterruptNotice.message(List.of(io.jenkins.plugins.modelarts.core.job.JobRef.v1(10, 3),
                io.jenkins.plugins.modelarts.core.job.JobRef.v1(11, 1)))).isEqualTo(
                "modelarts: interrupted: stopped waiting (exit 130); the 2 jobs keep running on ModelArts."
                        + " To stop one: modelarts stop JOB");
    }

    private String trainV1(String name, Map<String, String> steer) {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, name, steer).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().trim();
    }

    private Path writeV1Spec(String name, int workers, String logUrl) {
        return Specs.write(dir, name + ".json", "{\"job_name\":\"" + name + "\",\"config\":{\"worker_server_num\":" + workers
                + ",\"app_url\":\"/test-bucket/src/\",\"boot_file_url\":\"/test-bucket/src/train.py\","
                + "\"data_url\":\"/test-bucket/data/\",\"spec_id\":1,\"engine_id\":1,\"log_url\":\"" + logUrl + "\"}}");
    }

    /** The text is exactly one JSON document: parsed, with nothing but whitespace after it. */
    private static JsonNode oneDocument(String text) throws Exception {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(parser);
            assertThat(node).as("a JSON document in: " + text).isNotNull();
            assertThat(parser.nextToken()).as("nothing after the document in: " + text).isNull();
            return node;
        }
    }
}
