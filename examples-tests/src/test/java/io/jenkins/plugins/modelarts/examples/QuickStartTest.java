package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.modelarts.cli.Cli;
import io.jenkins.plugins.modelarts.cli.CliContext;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, as written: its Pipeline script runs against the emulator, and each of its
 * {@code ./modelarts} commands runs (the demo, which starts an emulator of its own, is asked for its help).
 */
class QuickStartTest {
    private static final Pattern BLOCK = Pattern.compile("```(sh|groovy)\\n(.*?)```", Pattern.DOTALL);
    /** The shell lines of the quick start that are not the command line: building and looking at the plugin. */
    private static final List<String> OTHER_SHELL_LINES = List.of("mvn -B -ntp verify", "ls plugin/target/modelarts.hpi");

    @TempDir
    Path dir;

    private StepHarness h;

    @BeforeEach
    void start() {
        h = new StepHarness(dir);
        h.emulator.defaultScript(JobScript.afterStatusReads(1).steeredBy(Map.of(JobScript.ACCURACY, "0.93")));
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static List<String[]> blocks() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("## Quick start");
        assertThat(start).as("README.md has a Quick start").isPositive();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String[]> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
        }
        return blocks;
    }

    @Test
    void theFirstPipelineTrainsAndGatesOnTheEmulator() throws Exception {
        List<String> scripts = blocks().stream().filter(b -> b[0].equals("groovy")).map(b -> b[1]).toList();
        assertThat(scripts).hasSize(1);
        Path scriptDir = Files.createDirectories(dir.resolve("quick-start"));
        Files.writeString(scriptDir.resolve("Jenkinsfile"), scripts.get(0));
        JenkinsfileRunner build = new JenkinsfileRunner(h, scriptDir, Files.createDirectories(dir.resolve("ws")));

        build.runExample("Jenkinsfile");

        assertThat(build.result()).isEqualTo(Result.SUCCESS);
        assertThat(build.stepsCalled()).containsExactly("modelartsTrain", "modelartsGate");
        assertThat(build.console()).contains("job 1: accuracy 0.93").contains("ModelArts release gate: PASS");
    }

    @Test
    void everyShellLineIsACommandThatRuns() throws IOException {
        List<String> lines = blocks().stream().filter(b -> b[0].equals("sh"))
                .flatMap(b -> b[1].lines()).map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("./modelarts train"));
        for (String line : lines) {
            if (line.startsWith("export ") || OTHER_SHELL_LINES.contains(line)) {
                continue;
            }
            assertThat(line).as("a quick start shell line").startsWith("./modelarts ");
            List<String> args = new ArrayList<>(ShellCommands.words(line).subList(1, ShellCommands.words(line).size()));
            args.replaceAll(a -> a.startsWith("examples/") ? "../" + a : a);
            if (args.get(0).equals("demo")) {
                args.add("--help");
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Map<String, String> env = Map.of("MODELARTS_ENDPOINT", h.emulator.baseUrl(),
                    "HUAWEICLOUD_SDK_PROJECT_ID", h.emulator.projectId(),
                    "HUAWEICLOUD_SDK_AK", h.emulator.accessKey(), "HUAWEICLOUD_SDK_SK", h.emulator.secretKey());
            int code = new Cli(new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), Clock.systemUTC(),
                    Sleeper.SYSTEM)).run(args.toArray(String[]::new));
            assertThat(code).as(line + "\n" + out + err).isZero();
        }
        String pluginPom = Files.readString(Path.of("../plugin/pom.xml"));
        assertThat(pluginPom).as("the build leaves plugin/target/modelarts.hpi")
                .contains("<artifactId>modelarts</artifactId>").contains("${project.build.directory}/${project.artifactId}.hpi");
    }
}
