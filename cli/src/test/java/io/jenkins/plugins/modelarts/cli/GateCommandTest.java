package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.JobScript;
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

    /** Trains a job that ends with this total accuracy (null: as its script says); returns "JOB VERSION". */
    private String[] trained(String name, String accuracy) {
        CliRunner.Result r = cli.run("train",
                Specs.v1(dir, name, accuracy == null ? Map.of() : Map.of("emulator_accuracy", accuracy)).toString());
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

    /** A model_metric_list with totals 0.9 and classes c0..c(n-1), each with recall and precision 0.9, but {@code weak}'s recall. */
    private static String classes(int n, String weak, double weakRecall) {
        ObjectNode root = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var metric = root.putArray("metric");
        for (int i = 0; i < n; i++) {
            ObjectNode entry = metric.addObject();
            entry.putObject("metric_values").put("recall", ("c" + i).equals(weak) ? weakRecall : 0.9).put("precision", 0.9);
            entry.putObject("metric_meta").put("class_name", "c" + i).put("class_id", i);
        }
        root.putObject("total_metric").putObject("total_metric_values").put("accuracy", 0.9).put("id", 0);
        return root.toString();
    }

    @Test
    void withMaxClassRegressionAClassThatCollapsesFailsAlthoughTheTotalsHold() throws Exception {
        EMULATOR.emulator().scriptFor("released-classes", JobScript.afterStatusReads(1).withModelMetrics(classes(12, "", 0)));
        EMULATOR.emulator().scriptFor("collapsed-c7", JobScript.afterStatusReads(1).withModelMetrics(classes(12, "c7", 0.3)));
        String[] released = trained("released-classes", null);
        String[] candidate = trained("collapsed-c7", null);
        Path junit = dir.resolve("classes.xml");

        CliRunner.Result totalsOnly = cli.run("gate", candidate[0], "--baseline", released[0]);
        assertThat(totalsOnly.exitCode()).as("off by default: " + totalsOnly.out()).isZero();
        assertThat(totalsOnly.out()).contains("pass  accuracy is 0.9, baseline 0.9").doesNotContain("[c7]");

        CliRunner.Result perClass = cli.run("gate", candidate[0], "--baseline", released[0], "--max-class-regression", "0.05",
                "--junit", junit.toString());
        assertThat(perClass.exitCode()).as(perClass.out() + perClass.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(perClass.out()).contains("FAIL  recall[c7] is 0.3, baseline 0.9 (job " + released[0] + " version "
                + released[1] + "), allowed drop 0.05: a regression");
        assertThat(perClass.out()).as("1 total + 12 classes x 2 metrics: more than 20, so passing rules are counted")
                .contains("  pass  24 other rules (every rule is in -o json and --junit)")
                .doesNotContain("pass  accuracy is").doesNotContain("recall[c6]");
        assertThat(Files.readString(junit)).contains("tests=\"25\" failures=\"1\"")
                .contains("<testcase classname=\"modelarts.gate." + candidate[0] + "\" name=\"recall[c7] vs baseline\">")
                .contains("name=\"precision[c11] vs baseline\"/>");

        CliRunner.Result lenient = cli.run("gate", candidate[0], "--baseline", released[0], "--max-class-regression", "0.6");
        assertThat(lenient.exitCode()).as(lenient.out()).isZero();
    }

    @Test
    void aNegativeOrNonNumericMaxClassRegressionIsAUsageError() {
        int before = EMULATOR.emulator().journal().size();
        CliRunner.Result negative = cli.run("gate", "1", "--baseline", "2", "--max-class-regression", "-0.1");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err()).contains("--max-class-regression must be 0 or more");
        assertThat(cli.run("gate", "1", "--baseline", "2", "--max-class-regression", "lots").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("gate", "1", "--baseline", "2", "--max-class-regression", "Infinity").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(EMULATOR.emulator().journal().size()).isEqualTo(before);
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
