package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's rehearsal of a pre-flight, from the packaged CLI: {@code modelarts emulator --obs-dir DIR} in one
 * process serves a local folder as OBS, and {@code train SPEC --dry-run} in another finds the spec's data and
 * code there, with the environment the emulator printed.
 */
class EmulatorObsDirIT {
    private static final Pattern EXPORT = Pattern.compile("^\\s+export (\\w+)=(\\S+)$");

    @TempDir
    Path dir;

    @Test
    void aDryRunFindsItsDataAndCodeInTheFolderTheEmulatorServesAsObs() throws Exception {
        Path obs = dir.resolve("obs");
        Files.createDirectories(obs.resolve("ml-bucket/datasets/flowers"));
        Files.writeString(obs.resolve("ml-bucket/datasets/flowers/part-0.csv"), "a,b\n");
        Files.createDirectories(obs.resolve("ml-bucket/resnet/src"));
        Files.writeString(obs.resolve("ml-bucket/resnet/src/train.py"), "print(1)\n");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, Files.readString(Path.of("..", "examples", "train-v1.json")).replace("/my-bucket/", "/ml-bucket/"));

        Process emulator = new ProcessBuilder(java("emulator", "--port", "0", "--obs-dir", obs.toString()))
                .redirectErrorStream(true).start();
        try {
            Map<String, String> env = new LinkedHashMap<>();
            List<String> banner = new ArrayList<>();
            CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> readBanner(emulator, env, banner));
            ready.get(60, TimeUnit.SECONDS);
            assertThat(banner).anyMatch(l -> l.startsWith("Serving ") && l.contains("as OBS: 2 object(s)"));

            ChildProcess.Run good = ChildProcess.of(java("train", spec.toString(), "--dry-run")).env(env)
                    .timeout(Duration.ofMinutes(1)).run();
            assertThat(good.exitCode()).as(good.output()).isZero();
            assertThat(good.output()).contains("ok         config.data_url /ml-bucket/datasets/flowers/")
                    .contains("ok         config.boot_file_url /ml-bucket/resnet/src/train.py");

            Files.writeString(spec, Files.readString(spec).replace("/datasets/flowers/", "/datasets/roses/"));
            ChildProcess.Run missing = ChildProcess.of(java("train", spec.toString(), "--dry-run")).env(env)
                    .timeout(Duration.ofMinutes(1)).run();
            assertThat(missing.exitCode()).as(missing.output()).isEqualTo(2);
            assertThat(missing.output()).contains("missing    config.data_url /ml-bucket/datasets/roses/");
        } finally {
            emulator.destroy();
            emulator.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Reads the emulator's banner up to its "Serving" line: the first set of exports (AK/SK) into {@code env}. */
    private static void readBanner(Process emulator, Map<String, String> env, List<String> lines) {
        // not closed: the emulator keeps its stdout until it is stopped
        BufferedReader out = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        try {
            boolean firstExports = true;
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                Matcher m = EXPORT.matcher(line);
                if (m.matches() && firstExports) {
                    env.put(m.group(1), m.group(2));
                } else if (!env.isEmpty()) {
                    firstExports = false;
                }
                if (line.startsWith("Serving ")) {
                    return;
                }
            }
            throw new AssertionError("the emulator stopped before serving its OBS folder: " + lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("..", "cli", System.getProperty("buildDirName", "target"), "modelarts.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }
}
