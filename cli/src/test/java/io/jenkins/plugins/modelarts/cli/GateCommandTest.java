package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GateCommandTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void connect() {
        ModelArtsEmulator emulator = EMULATOR.emulator();
        cli = CliRunner.against(emulator);
    }

    /** Trains a job that ends with this total accuracy; returns "JOB VERSION". */
    private String[] trained(String name, String accuracy) {
        CliRunner.Result r = cli.run("train", Specs.v1(dir, name, Map.of("emulator_accuracy", accuracy)).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] ids = r.out().trim().split(" ");
        assertThat(cli.run("wait", ids[0], "--job-version", ids[1], "--poll-interval", "1s").exitCode()).isZero();
        return ids;
    }

    @Test
    void passesFailsOrWarnsOnThresholds() {
        String[] job = trained("gated", "0.81");
        CliRunner.Result pass = cli.run("gate", job[0], "--require", "accuracy >= 0.8", "--require", "recall[daisy] >= 0.7");
        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.out()).contains("Gate for job " + job[0] + " version " + job[1] + ": PASS");

        CliRunner.Result fail = cli.run("gate", job[0], "--require", "accuracy >= 0.9");
        assertThat(fail.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(fail.out()).contains("FAIL  accuracy >= 0.9: accuracy is 0.81, which fails");

        assertThat(cli.run("gate", job[0], "--require", "accuracy >= 0.9", "--unstable").exitCode())
                .isEqualTo(ExitCodes.GATE_UNSTABLE);
    }

    @Test
    void comparesWithABaselineJobAndWritesJUnitXml() throws Exception {
        String[] released = trained("released", "0.94");
        String[] candidate = trained("candidate", "0.90");
        Path junit = dir.resolve("reports/gate.xml");
        CliRunner.Result strict = cli.run("gate", candidate[0], "--baseline", released[0], "--max-regression", "0.02",
                "--junit", junit.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(strict.out()).contains("accuracy is 0.9, baseline 0.94 (job " + released[0] + " version " + released[1]
                + "), allowed drop 0.02: a regression");
        assertThat(Files.readString(junit)).contains("<testsuite name=\"modelarts.gate." + candidate[0] + "\"")
                .contains("failures=\"").contains("<failure");

        CliRunner.Result lenient = cli.run("gate", candidate[0], "--baseline", released[0], "--max-regression", "0.05");
        assertThat(lenient.exitCode()).as(lenient.out()).isZero();
    }

    @Test
    void anOverrideReasonTurnsAFailedGateIntoExitZeroAndSaysWhoAndWhy() throws Exception {
        String[] job = trained("overridden", "0.81");
        Path junit = dir.resolve("overridden.xml");

        CliRunner.Result overridden = cli.run("gate", job[0], "--require", "accuracy >= 0.9",
                "--override-reason", "relabelled test set", "--override-by", "alice", "--junit", junit.toString());

        assertThat(overridden.exitCode()).as(overridden.out() + overridden.err()).isZero();
        assertThat(overridden.out()).contains(": OVERRIDDEN").contains("FAIL  accuracy >= 0.9: accuracy is 0.81, which fails")
                .contains("Gate failed — overridden by alice: relabelled test set");
        assertThat(Files.readString(junit)).contains("<skipped message=\"failed; overridden by alice: relabelled test set\"")
                .contains("<property name=\"modelarts.gate.override.reason\" value=\"relabelled test set\"/>")
                .doesNotContain("<failure");
        assertThat(cli.run("gate", job[0], "--require", "accuracy >= 0.9", "--override-reason", " ").exitCode())
                .as("a blank reason is no override").isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void anOverrideInJsonHasTheOutcomeAndWhoAndWhyDefaultingToTheOsUser() throws Exception {
        String[] job = trained("overridden-json", "0.81");

        CliRunner.Result r = cli.run("gate", job[0], "--require", "accuracy >= 0.9", "--unstable",
                "--override-reason", "hotfix", "-o", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.path("outcome").asText()).isEqualTo("OVERRIDDEN");
        assertThat(json.path("passed").asBoolean(true)).isFalse();
        assertThat(json.path("override").path("reason").asText()).isEqualTo("hotfix");
        assertThat(json.path("override").path("by").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(json.path("rules").get(0).path("passed").asBoolean(true)).isFalse();
    }

    @Test
    void anOverrideByWithoutAReasonIsAUsageError() {
        CliRunner.Result r = cli.run("gate", "10", "--require", "accuracy >= 0.9", "--override-by", "alice");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--override-by needs --override-reason");
    }

    @Test
    void jsonOutputIsTheResultMap() {
        String[] job = trained("gated-json", "0.95");
        CliRunner.Result r = cli.run("gate", job[0], "--require", "accuracy >= 0.9", "-o", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"outcome\" : \"PASS\"").contains("\"rules\"");
    }

    @Test
    void badRulesAndMissingRulesAreUsageErrorsBeforeAnyCall() {
        int before = EMULATOR.emulator().journal().size();
        CliRunner.Result r = cli.run("gate", "1", "--require", "accuracy => 0.9", "--require", "recall[x] >");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'accuracy => 0.9' is not a gate rule", "'recall[x] >' is not a gate rule");
        assertThat(cli.run("gate", "1").err()).contains("at least one --require rule or a --baseline");
        assertThat(EMULATOR.emulator().journal().size()).isEqualTo(before);
    }
}
