package io.jenkins.plugins.modelarts.cli;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_JARS;
import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Only the invoked command is built ({@link Subcommands}), and users cannot tell: every command line
 * gets the same output, errors and exit code as with every command built, as picocli had it before.
 */
class SubcommandsTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private static Set<String> built(String... args) {
        return Subcommands.addFor(new CommandLine(new ModelArtsCommand(CliContext.system())), args)
                .getSubcommands().keySet();
    }

    @Test
    void aCommandAfterKnownRootOptionsIsBuiltAlone() {
        assertThat(built("versions", "1")).containsExactly("versions");
        assertThat(built("-o", "json", "--verbose", "--endpoint", "http://127.0.0.1:1", "--max-attempts=2", "jobs"))
                .containsExactly("jobs");
        assertThat(built("configs", "list", "--help")).containsExactly("configs");
    }

    @Test
    void topLevelHelpAloneGetsEveryCommandAsItsSummary() {
        for (String help : List.of("--help", "-h")) {
            CommandLine root = Subcommands.addFor(new CommandLine(new ModelArtsCommand(CliContext.system())), help);
            assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(Subcommands.NAMES);
            assertThat(root.getSubcommands().values()).extracting(CommandLine::getCommand).containsOnlyNulls();
        }
        assertThat(Subcommands.addFor(new CommandLine(new ModelArtsCommand(CliContext.system())), "--help", "-v")
                .getSubcommands().values()).extracting(CommandLine::getCommand).doesNotContainNull();
    }

    @Test
    void anythingElseBuildsEveryCommand() {
        String[][] cases = {
            {}, {"--help"}, {"-h", "versions"}, {"--version"}, {"verions", "1"}, {"--frob", "jobs"}, {"-vo", "json", "jobs"},
            {"--endpoint", "jobs", "jobs"}, {"--max-attempts", "-1", "jobs"}, {"--endpoint", "@args", "jobs"}, {"@args"},
            {"--", "jobs"}, {"", "jobs"}, {"--endpoint"},
        };
        for (String[] args : cases) {
            assertThat(built(args)).as(Arrays.toString(args)).containsExactlyElementsOf(Subcommands.NAMES);
        }
    }

    @Test
    void everyCommandClassIsRegisteredUnderItsOwnName() throws ClassNotFoundException {
        Set<String> commands = new TreeSet<>();
        Set<Class<?>> nested = new HashSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_JARS)
                .withImportOption(DO_NOT_INCLUDE_TESTS).importPackages("io.jenkins.plugins.modelarts.cli")) {
            Command command = Class.forName(c.getName()).getAnnotation(Command.class);
            if (command != null) {
                commands.add(c.getName());
                nested.addAll(List.of(command.subcommands()));
            }
        }
        commands.remove(ModelArtsCommand.class.getName());
        nested.forEach(n -> commands.remove(n.getName()));

        Set<String> registered = new TreeSet<>();
        for (String name : Subcommands.NAMES) {
            Class<?> command = Subcommands.type(name);
            assertThat(command.getAnnotation(Command.class).name()).isEqualTo(name);
            registered.add(command.getName());
        }
        assertThat(registered).isEqualTo(commands).hasSize(12);
    }

    @Test
    void everyCommandLineAnswersAsWithEveryCommandBuilt() {
        List<String[]> lines = new ArrayList<>();
        for (List<String> path : CliPromisesTest.commandPaths()) {
            for (String help : List.of("--help", "-h")) {
                lines.add(args(path, help));
                lines.add(args(List.of("-o", "json", "--verbose"), args(path, help)));
            }
        }
        lines.addAll(List.of(new String[][] {
            {}, {"--help"}, {"-h"}, {"--version"}, {"-V"}, {"--help", "versions"}, {"frob"}, {"verions", "1"},
            {"jbos", "--api", "v1"}, {"--frob", "versions", "1"}, {"-vo", "json", "versions", "1"}, {"--endpoint"},
            {"--endpoint", "jobs"}, {"--endpoint", "jobs", "jobs"}, {"--", "versions", "1"}, {"versions"},
            {"versions", "1", "2"}, {"versions", "--frob"}, {"-o", "yaml", "versions", "1"}, {"--output=yaml", "jobs"},
            {"--max-attempts", "-1", "jobs"}, {"--max-attempts", "0", "jobs"}, {"configs"}, {"configs", "frob"},
            {"configs", "list", "--type", "bad"}, {"@" + dir.resolve("absent")}, {"", "jobs"}, {"jobs", "--api", "v3"},
            {"wait", "1", "--poll-interval", "-5s"}, {"job"}, {"versions", "v2:abc"}, {"jobs"}, {"train"}, {"gate"},
            {"report"}, {"logs"}, {"stop"}, {"demo", "--poll-interval", "soon"}, {"emulator", "--port", "x"},
        }));
        for (String[] args : lines) {
            assertSameAnswer(CliRunner.withoutConfiguration(), CliRunner.withoutConfiguration().everyCommand(), args);
        }
    }

    @Test
    void callsAgainstTheApiAnswerAsWithEveryCommandBuilt() {
        ModelArtsEmulator emulator = EMULATOR.emulator();
        CliRunner.Result trained = CliRunner.against(emulator).run("train", Specs.v1(dir, "lazy", Map.of()).toString(),
                "--wait", "--poll-interval", "1s");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        String job = trained.out().lines().findFirst().orElseThrow().split(" ")[0];
        String[][] lines = {
            {"versions", job}, {"-o", "json", "versions", job}, {"job", job}, {"jobs", "--api", "v1"}, {"versions", "999"},
            {"--endpoint", emulator.baseUrl(), "versions", job}, {"configs", "list"}, {"wait", job},
        };
        for (String[] args : lines) {
            assertSameAnswer(CliRunner.against(emulator), CliRunner.against(emulator).everyCommand(), args);
        }
    }

    private static void assertSameAnswer(CliRunner lazy, CliRunner every, String... args) {
        CliRunner.Result one = lazy.run(args);
        CliRunner.Result all = every.run(args);
        String line = Arrays.toString(args);
        assertThat(one.exitCode()).as(line + ": " + one.err()).isEqualTo(all.exitCode());
        assertThat(one.out()).as(line).isEqualTo(all.out());
        assertThat(comparable(one.err())).as(line).isEqualTo(comparable(all.err()));
    }

    /** Stderr without what differs between any two runs: the emulator's request numbers, --verbose stack frames. */
    private static String comparable(String err) {
        return err.replaceAll("request id emu-\\d+", "request id emu-N").replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R", "");
    }

    private static String[] args(List<String> path, String last) {
        List<String> all = new ArrayList<>(path);
        all.add(last);
        return all.toArray(String[]::new);
    }

    private static String[] args(List<String> first, String[] rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
