package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one API call from the packaged CLI loads (docs/performance.md, "CLI start"): {@code versions}
 * against the emulator, in a child JVM that logs every class it loads. It must not load what that call
 * does not use: the other commands (built only when invoked) and what only they need (the emulator, the OBS
 * SDK and its logging, reports, gates), TLS for an http endpoint, the JCE for the signature's HMAC; and the
 * number of classes it loads from the jar stays below a bound.
 */
class CliStartIT {
    private static final Path JAR = Path.of("..", "cli", System.getProperty("buildDirName", "target"), "modelarts.jar");
    private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source: (.*)$");
    /**
     * Classes a {@code versions} call loads from the jar (the JDK's apart): 1,198 on 2026-12-01 (1,244 when
     * every command was built). The bound leaves room for the libraries' patch releases and fails when a
     * library or subsystem more is loaded (the OBS SDK alone has 753 classes in the jar);
     * a command built eagerly again fails the check on the command classes above.
     */
    private static final int MAX_CLASSES_FROM_THE_JAR = 1_300;

    @TempDir
    Path dir;

    record Loaded(String name, String source) {}

    @Test
    void oneVersionsCallLoadsOnlyWhatItUses() throws Exception {
        try (ModelArtsEmulator emulator = ModelArtsEmulator.builder().build().start()) {
            ChildProcess.Run created = run(emulator, List.of(), "train", Path.of("..", "examples", "train-v1.json").toString());
            assertThat(created.exitCode()).as(created.output()).isZero();
            String job = created.output().lines().filter(l -> l.matches("\\d+ \\d+")).findFirst().orElseThrow().split(" ")[0];
            Path log = dir.resolve("classes.log");

            ChildProcess.Run versions = run(emulator, List.of("-Xlog:class+load:file=" + log), "versions", job);

            assertThat(versions.exitCode()).as(versions.output()).isZero();
            assertThat(versions.output()).contains("VERSION_ID").contains("V0001");
            List<Loaded> loaded = loaded(log);
            assertThat(loaded).extracting(Loaded::name)
                    .contains("io.jenkins.plugins.modelarts.cli.VersionsCommand", "picocli.CommandLine", "okhttp3.OkHttpClient")
                    .noneMatch(n -> n.matches("io\\.jenkins\\.plugins\\.modelarts\\.cli\\.(?!Versions)\\w*Command(\\$.*)?")
                            && !n.equals("io.jenkins.plugins.modelarts.cli.ModelArtsCommand"))
                    .noneMatch(n -> n.startsWith("io.jenkins.plugins.modelarts.emulator."))
                    .noneMatch(n -> n.startsWith("io.jenkins.plugins.modelarts.core.logs.")
                            || n.startsWith("io.jenkins.plugins.modelarts.core.report.")
                            || n.startsWith("io.jenkins.plugins.modelarts.core.gate."))
                    .noneMatch(n -> n.startsWith("com.obs.") || n.startsWith("org.apache.logging.") || n.startsWith("org.slf4j."))
                    // OkHttp lists the security providers (the JSSE provider's own class among them), but sets up no TLS
                    .noneMatch(n -> n.startsWith("sun.security.ssl.") && !n.startsWith("sun.security.ssl.SunJSSE"))
                    .noneMatch(n -> n.equals("javax.net.ssl.SSLContext") || n.equals("javax.net.ssl.TrustManagerFactory")
                            || n.equals("java.security.KeyStore"))
                    .noneMatch(n -> n.startsWith("javax.crypto."));
            long fromJar = loaded.stream().filter(l -> l.source().contains("modelarts.jar")).count();
            assertThat(fromJar).as("classes loaded from the jar").isBetween(500L, (long) MAX_CLASSES_FROM_THE_JAR);
        }
    }

    @Test
    void theJarHoldsNoClassFileOlderThanJava6() throws IOException {
        // class-data sharing skips them and the JVM verifies them the slow way (cli/src/build/UpgradeClassFiles.java)
        List<String> old = new ArrayList<>();
        int classes = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(JAR.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    classes++;
                    try (var in = zip.getInputStream(entry)) {
                        byte[] head = in.readNBytes(8);
                        if (((head[6] & 0xff) << 8 | (head[7] & 0xff)) < 50) {
                            old.add(entry.getName());
                        }
                    }
                }
            }
        }
        assertThat(classes).isGreaterThan(1000);
        assertThat(old).isEmpty();
    }

    private static List<Loaded> loaded(Path log) throws IOException {
        List<Loaded> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                loaded.add(new Loaded(m.group(1), m.group(2)));
            }
        }
        return loaded;
    }

    private static ChildProcess.Run run(ModelArtsEmulator emulator, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return ChildProcess.of(command).against(emulator).run();
    }
}
