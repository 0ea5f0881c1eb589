package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelarts configs list|get|create|update|delete} and {@code train --config}, against the emulator. */
class ConfigsCommandTest {
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

    private Path configFile(String desc) {
        return Specs.write(dir, "cfg.json", "{\"config_desc\":\"" + desc + "\",\"worker_server_num\":1,"
                + "\"app_url\":\"/test-bucket/src/\",\"boot_file_url\":\"/test-bucket/src/train.py\","
                + "\"data_url\":\"/test-bucket/data/\",\"spec_id\":1,\"engine_id\":1,"
                + "\"parameter\":[{\"label\":\"lr\",\"value\":\"0.1\"},{\"label\":\"epochs\",\"value\":\"3\"}]}");
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    /** The whole of stdout is one JSON document. */
    private static JsonNode json(CliRunner.Result r) throws Exception {
        return JSON.readerFor(JsonNode.class).with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readValue(r.out());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("configs").forEach(c -> names.add(c.path("config_name").asText()));
        return names;
    }

    @Test
    void createListGetUpdateAndDeleteAConfiguration() throws Exception {
        CliRunner.Result created = ok("configs", "create", "cfg-one", "--file", configFile("first").toString(),
                "--framework", "PyTorch", "--flavor", "modelarts.vm.cpu.2u");
        assertThat(created.out()).isEqualTo("cfg-one\n");
        assertThat(created.err()).contains("Created training job configuration 'cfg-one'");

        JsonNode got = json(ok("-o", "json", "configs", "get", "cfg-one"));
        assertThat(got.path("engine_id").asLong()).isEqualTo(3L);
        assertThat(got.path("spec_id").asLong()).isEqualTo(2L);
        assertThat(got.path("config_desc").asText()).isEqualTo("first");

        ok("configs", "update", "cfg-one", "--workers", "2", "--param", "lr=0.05", "--param", "batch=8");
        CliRunner.Result text = ok("configs", "get", "cfg-one");
        assertThat(text.out()).contains("worker_server_num: 2", "spec_code: modelarts.vm.cpu.2u", "config_desc: first",
                "\"label\":\"lr\",\"value\":\"0.05\"", "\"label\":\"epochs\"", "\"label\":\"batch\"");

        CliRunner.Result deleted = ok("-o", "json", "configs", "delete", "cfg-one");
        assertThat(json(deleted).path("deleted").asBoolean()).isTrue();
        CliRunner.Result gone = cli.run("configs", "get", "cfg-one");
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(gone.err()).contains("ModelArts.0101").contains("does not exist");
    }

    @Test
    void listPassesEveryQueryParameterAndPrintsATableOrOneJsonDocument() throws Exception {
        ok("configs", "create", "cfg-b", "--file", configFile("zeta").toString());
        ok("configs", "create", "cfg-a", "--file", configFile("alpha").toString());
        ok("configs", "create", "other", "--file", configFile("mid").toString());

        JsonNode page = json(ok("-o", "json", "configs", "list", "--search", "cfg", "--sort-by", "config_desc",
                "--order", "asc", "--per-page", "1", "--page", "2"));
        assertThat(page.path("config_total_count").asInt()).isEqualTo(2);
        assertThat(names(page)).containsExactly("cfg-b");

        CliRunner.Result table = ok("configs", "list", "--order", "asc");
        assertThat(table.out()).startsWith("NAME").contains("cfg-a", "alpha", "TensorFlow").contains("3 shown of 3");
        assertThat(table.out().indexOf("cfg-a")).isLessThan(table.out().indexOf("other"));
    }

    @Test
    void sampleConfigurationsAreListedReadAndTrainedFromWithConfigType() throws Exception {
        JsonNode samples = json(ok("-o", "json", "configs", "list", "--type", "sample"));
        assertThat(names(samples)).contains("mnist_tf_sample", "resnet_builtin_sample");
        assertThat(ok("configs", "get", "mnist_tf_sample", "--type", "sample").out())
                .contains("boot_file_url: /modelarts-samples/mnist/code/train.py");

        Path spec = Specs.write(dir, "over.json",
                "{\"job_name\":\"from-sample\",\"job_desc\":\"d\",\"config\":{\"train_url\":\"/test-bucket/out/\","
                        + "\"parameter\":[{\"label\":\"batch_size\",\"value\":\"16\"}]}}");
        CliRunner.Result train = ok("train", spec.toString(), "--config", "mnist_tf_sample",
                "--config-type", "sample", "--param", "max_steps=5");
        assertThat(train.err()).contains("Created training job 'from-sample'");
        String[] ids = train.out().trim().split(" ");
        JsonNode version = json(ok("-o", "json", "job", ids[0], "--version", ids[1]));
        assertThat(version.path("train_url").asText()).isEqualTo("/test-bucket/out/");
        assertThat(version.path("app_url").asText()).isEqualTo("/modelarts-samples/mnist/code/");
        List<String> params = new ArrayList<>();
        version.path("parameter").forEach(p -> params.add(p.path("label").asText() + "=" + p.path("value").asText()));
        assertThat(params).containsExactly("max_steps=5", "batch_size=16");
    }

    @Test
    void problemsAreUsageErrorsAndNothingIsStored() {
        int before = emulator.journal().size();
        CliRunner.Result longName = cli.run("configs", "create", "a-name-of-21-letters1", "--file", configFile("x").toString());
        assertThat(longName.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(longName.err()).contains("config_name is 21 characters long: a new configuration's name is 1-20")
                .doesNotContain("at io.jenkins");
        assertThat(emulator.journal().size()).as("nothing sent").isEqualTo(before);

        CliRunner.Result workers = cli.run("configs", "create", "big", "--file", configFile("x").toString(), "--workers", "9");
        assertThat(workers.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(workers.err()).contains("worker_server_num 9 is more than flavor modelarts.vm.gpu.p100 allows: at most 5");

        CliRunner.Result flavor = cli.run("train", "--config", "mnist_tf_sample", "--config-type", "sample",
                "--job-name", "j1", "--flavor", "tiny");
        assertThat(flavor.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(flavor.err()).contains("flavor 'tiny' does not exist: choose one of modelarts.vm.cpu.2u");

        assertThat(cli.run("configs", "list", "--type", "sample", "--sort-by", "create_time").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("train", "--config", "mnist_tf_sample", "--config-type", "sample").err())
                .contains("--job-name NAME");
        assertThat(cli.run("train", Specs.v1(dir, "plain", java.util.Map.of()).toString(), "--workers", "2").err())
                .contains("go with --config NAME");
        assertThat(cli.run("configs", "update", "cfg").err()).contains("nothing to change");
        assertThat(cli.run("configs").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyConfigsSubcommandHasHelp() {
        for (String sub : List.of("list", "get", "create", "update", "delete")) {
            CliRunner.Result r = CliRunner.withoutConfiguration().run("configs", sub, "--help");
            assertThat(r.exitCode()).as(sub).isZero();
            assertThat(r.out()).as(sub).contains("Usage: modelarts configs " + sub);
        }
        assertThat(CliRunner.withoutConfiguration().run("--help").out()).contains("configs");
    }
}
