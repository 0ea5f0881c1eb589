package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./modelarts} launcher of the README: the first real command after a build writes the
 * class-data-sharing archive beside the jar, later commands start from it (picocli's classes and the CLI's
 * own mapped from it), {@code --help} writes none,
 * and {@code MODELARTS_CDS=off} runs without it (docs/performance.md, "CLI start").
 */
class LauncherScriptIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JSA = ROOT.resolve("cli").resolve(System.getProperty("buildDirName", "target")).resolve("modelarts.jsa");

    private static ChildProcess.Run launch(ModelArtsEmulator emulator, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("modelarts").toString()));
        command.addAll(List.of(args));
        return ChildProcess.of(command).against(emulator)
                .env(Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH")))
                .env(env).timeout(Duration.ofMinutes(3)).run();
    }

    @Test
    void theFirstCommandWritesTheArchiveThatLaterCommandsStartFrom() throws Exception {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            Files.deleteIfExists(JSA);

            ChildProcess.Run help = launch(emulator, Map.of(), "--help");
            assertThat(help.exitCode()).as(help.output()).isZero();
            assertThat(JSA).as("--help loads few classes: no archive from it").doesNotExist();

            ChildProcess.Run first = launch(emulator, Map.of(), "jobs", "--api", "v1");
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(JSA).exists();
            assertThat(Files.size(JSA)).isGreaterThan(1024 * 1024);
            try (var siblings = Files.list(JSA.getParent())) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("modelarts.jsa."));
            }

            Path classes = Files.createTempFile("modelarts-launcher-classes", ".log");
            ChildProcess.Run again = launch(emulator, Map.of("MODELARTS_JAVA_OPTS", "-Xlog:class+load:file=" + classes),
                    "jobs", "--api", "v1");
            assertThat(again.exitCode()).as(again.output()).isZero();
            assertThat(again.output()).isEqualTo(first.output());
            // picocli too: its class files are rewritten as Java 8 ones at build time, which CDS can archive
            assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains(" picocli.CommandLine source: shared objects file"))
                    .anyMatch(l -> l.contains(" io.jenkins.plugins.modelarts.cli.Cli source: shared objects file"));
            Files.deleteIfExists(classes);

            ChildProcess.Run off = launch(emulator, Map.of("MODELARTS_CDS", "off"), "jobs", "--api", "v1");
            assertThat(off.exitCode()).as(off.output()).isZero();
            assertThat(off.output()).isEqualTo(first.output());
        }
    }

    @Test
    void installedBesideTheJarAndLinkedOntoThePathItRunsThatJarWithItsOwnArchive(@TempDir Path tmp) throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt").resolve("modelarts"));
        Files.copy(ROOT.resolve("modelarts"), install.resolve("modelarts"));
        install.resolve("modelarts").toFile().setExecutable(true);
        Files.copy(ROOT.resolve("cli").resolve(System.getProperty("buildDirName", "target")).resolve("modelarts.jar"),
                install.resolve("modelarts.jar"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("modelarts"), install.resolve("modelarts"));
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            ChildProcess.Run first = ChildProcess.of(List.of("bash", bin.resolve("modelarts").toString(), "jobs", "--api", "v1"))
                    .against(emulator).env(Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin"))
                    .timeout(Duration.ofMinutes(2)).run();
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.output()).doesNotContain("building the command line");
            assertThat(install.resolve("modelarts.jsa")).as("the archive goes beside the installed jar").exists();

            Files.delete(install.resolve("modelarts.jar"));
            ChildProcess.Run missing = ChildProcess.of(List.of("bash", bin.resolve("modelarts").toString(), "--version"))
                    .env(Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin")).run();
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.output()).contains("no modelarts.jar beside this script (" + install + ")");
        }
    }

    /**
     * Installed where the user cannot write (a system folder owned by root), the archive goes under
     * {@code ${XDG_CACHE_HOME:-~/.cache}/modelarts}. Root writes anywhere, so as root the launcher runs as
     * {@code nobody} ({@code setpriv}); as another user the install folder is made read-only.
     */
    @Test
    void installedInAFolderTheUserCannotWriteTheArchiveGoesToTheUsersCache(@TempDir Path tmp) throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt").resolve("modelarts"));
        Files.copy(ROOT.resolve("modelarts"), install.resolve("modelarts"));
        Files.copy(ROOT.resolve("cli").resolve(System.getProperty("buildDirName", "target")).resolve("modelarts.jar"),
                install.resolve("modelarts.jar"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path xdg = Files.createDirectories(tmp.resolve("xdg"));
        boolean root = "root".equals(System.getProperty("user.name"));
        for (Path p : List.of(tmp, tmp.resolve("opt"), install)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(root ? "rwxr-xr-x" : "r-xr-xr-x"));
        }
        for (Path p : List.of(home, xdg)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        List<String> asUser = root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            for (Map.Entry<String, Path> cache : List.of(Map.entry("", home.resolve(".cache").resolve("modelarts")),
                    Map.entry(xdg.toString(), xdg.resolve("modelarts")))) {
                List<String> command = new java.util.ArrayList<>(asUser);
                command.addAll(List.of("bash", install.resolve("modelarts").toString(), "jobs", "--api", "v1"));
                Map<String, String> env = Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin",
                        "HOME", home.toString(), "XDG_CACHE_HOME", cache.getKey());
                ChildProcess.Run first = ChildProcess.of(command).against(emulator).env(env).timeout(Duration.ofMinutes(2)).run();
                assertThat(first.exitCode()).as(first.output()).isZero();
                assertThat(cache.getValue().resolve("modelarts.jsa")).as("XDG_CACHE_HOME=" + cache.getKey()).exists();
                assertThat(install.resolve("modelarts.jsa")).doesNotExist();

                ChildProcess.Run again = ChildProcess.of(command).against(emulator).env(env).timeout(Duration.ofMinutes(2)).run();
                assertThat(again.exitCode()).as(again.output()).isZero();
                assertThat(again.output()).isEqualTo(first.output());
            }
        } finally {
            for (Path p : List.of(tmp, tmp.resolve("opt"), install)) {
                p.toFile().setWritable(true, true); // so that @TempDir can remove it
            }
        }
    }
}
