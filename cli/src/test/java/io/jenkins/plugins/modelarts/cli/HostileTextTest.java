package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from the server is printed with its control and bidi characters escaped (docs/security.md,
 * "Hostile server data"): no escape sequence, NUL, bidi override or line break reaches the terminal,
 * while {@code -o json} keeps the original text, JSON-escaped.
 */
class HostileTextTest {
    /** ESC sequences, NUL, a bidi override, a forged line: as JSON escapes. */
    static final String EVIL = "evil\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\u202Eexe.txt\\u2066\\r\\nFinished: SUCCESS";
    static final String EVIL_DECODED = "evil\u001b[2J\u001b]0;pwned\u0007\u0000\u202Eexe.txt\u2066\r\nFinished: SUCCESS";

    static final String METRICS = "{\\\"metric\\\":[{\\\"metric_values\\\":{\\\"recall\\\":0.9,\\\"precision\\\":0.8,\\\"accuracy\\\":0.7},"
            + "\\\"metric_meta\\\":{\\\"class_name\\\":\\\"cat" + EVIL.replace("\\", "\\\\") + "\\\",\\\"class_id\\\":0}}],"
            + "\\\"total_metric\\\":{\\\"total_metric_values\\\":{\\\"accuracy\\\":0.5,"
            + "\\\"acc" + EVIL.replace("\\", "\\\\") + "\\\":0.4,\\\"lone\\\\ud800\\\":0.3}}}";

    static final String VERSION = "{\"is_success\":true,\"job_id\":1,\"job_name\":\"" + EVIL + "\",\"version_id\":2,"
            + "\"version_name\":\"V" + EVIL + "\",\"status\":10,\"duration\":60000,\"create_time\":1700000000000,"
            + "\"engine_name\":\"TF" + EVIL + "\",\"engine_version\":\"2\",\"worker_server_num\":1,"
            + "\"train_url\":\"/b/" + EVIL + "\",\"log_url\":\"/bucket/logs/\",\"model_metric_list\":\"" + METRICS + "\"}";

    @TempDir
    Path dir;

    private HostileServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer()
                .answer("GET", "/v1/{project}/training-jobs", "{\"is_success\":true,\"job_total_count\":1,\"jobs\":[{\"job_id\":1,"
                        + "\"job_name\":\"" + EVIL + "\",\"version_id\":2,\"status\":10,\"version_count\":1}]}")
                .answer("POST", "/v2/{project}/training-job-searches", "{\"total\":1,\"count\":1,\"items\":[{\"kind\":\"job\","
                        + "\"metadata\":{\"id\":\"3faf5c03-aaa1-4cbe-879d-24b05d997347\",\"name\":\"" + EVIL + "\"},"
                        + "\"status\":{\"phase\":\"Running" + EVIL + "\",\"secondary_phase\":\"" + EVIL + "\",\"tasks\":[\"" + EVIL + "\"]}}]}")
                .answer("GET", "/v2/{project}/training-jobs/[-0-9a-f]+", "{\"kind\":\"job" + EVIL + "\","
                        + "\"metadata\":{\"id\":\"3faf5c03-aaa1-4cbe-879d-24b05d997347\",\"name\":\"" + EVIL + "\"},"
                        + "\"status\":{\"phase\":\"Completed\",\"secondary_phase\":\"" + EVIL + "\",\"tasks\":[\"" + EVIL + "\"]}}")
                .answer("GET", "/v1/{project}/training-jobs/1/versions", "{\"is_success\":true,\"job_id\":1,\"version_count\":1,"
                        + "\"versions\":[" + VERSION + "]}")
                .answer("GET", "/v1/{project}/training-jobs/1/versions/2", VERSION)
                .answer("GET", "/v1/{project}/training-jobs/1/versions/2/log/file-names",
                        "{\"is_success\":true,\"log_file_list\":[\"worker-0" + EVIL + "\"]}")
                .answer("GET", "/v1/{project}/training-jobs/1/versions/2/aom-log",
                        "{\"is_success\":true,\"content\":\"epoch\\t1 " + EVIL + "\\nepoch\\t2\\u001b[31m red\\n\"}");
        cli = server.cli();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertNeutralised(String printed) {
        assertThat(printed).doesNotContain("\u001b", "\u0000", "\u0007", "\u202E", "\u2066", "\r")
                .doesNotContain("\nFinished: SUCCESS")
                .contains("\\u001b[2J");
    }

    @Test
    void jobsPrintsHostileV1AndV2NamesEscaped() {
        CliRunner.Result v1 = cli.run("jobs", "--api", "v1");
        assertThat(v1.exitCode()).as(v1.err()).isZero();
        assertNeutralised(v1.out());
        CliRunner.Result v2 = cli.run("jobs");
        assertThat(v2.exitCode()).as(v2.err()).isZero();
        assertNeutralised(v2.out());
        assertThat(v2.out()).contains("Running" + "evil\\u001b[2J");
    }

    @Test
    void jobVersionsWaitAndLogsPrintHostileTextEscaped() {
        for (String[] args : new String[][] {
                {"job", "1", "--version", "2"}, {"job", "3faf5c03-aaa1-4cbe-879d-24b05d997347"}, {"versions", "1"},
                {"wait", "1", "--version", "2"}}) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertNeutralised(r.out() + r.err());
        }
    }

    @Test
    void aLogKeepsItsTabsAndLinesButEscapesWhatIsInThem() {
        CliRunner.Result r = cli.run("logs", "1", "--version", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0000", "\u0007", "\u202E", "\u2066", "\r");
        assertThat(r.out()).contains("epoch\t1 evil\\u001b[2J", "\nepoch\t2\\u001b[31m red\n");
    }

    @Test
    void anErrorMessageFromTheServerStaysOneEscapedLine() {
        CliRunner.Result r = cli.run("job", "9", "--version", "9");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).contains("no such job\\u001b[2J\\u000aFinished: SUCCESS").doesNotContain("\u001b");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void gateEscapesHostileMetricNamesAndWritesJUnitDespiteALoneSurrogate() throws Exception {
        Path junit = dir.resolve("gate.xml");
        CliRunner.Result r = cli.run("gate", "1", "--version", "2", "--require", "accuracy >= 0.9",
                "--baseline", "1", "--baseline-version", "2", "--junit", junit.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertNeutralised(r.out());
        assertThat(r.out()).contains("lone\\ud800");
        assertThat(Files.readString(junit, StandardCharsets.UTF_8)).contains("lone\uFFFD");
    }

    @Test
    void jsonOutputKeepsTheOriginalTextProperlyEscaped() throws Exception {
        CliRunner.Result r = cli.run("-o", "json", "jobs", "--api", "v1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0000");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("jobs").get(0).path("job_name").asText()).isEqualTo(EVIL_DECODED);
    }
}
