package io.jenkins.plugins.modelarts.it;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line as a separate process, as a user would, and collects its exit code and its
 * output (stdout and stderr together, through a file, so a chatty process never blocks on a pipe).
 * The packaged CLI, the launcher script and the class-loading check all run through it.
 */
final class ChildProcess {
    /** What the process did. */
    record Run(int exitCode, String output) {}

    private final List<String> command;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Duration timeout = Duration.ofMinutes(2);

    private ChildProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    static ChildProcess of(List<String> command) {
        return new ChildProcess(command);
    }

    /** The variables that point the CLI at {@code emulator} with its AK/SK. */
    ChildProcess against(ModelArtsEmulator emulator) {
        environment.put("MODELARTS_ENDPOINT", emulator.baseUrl());
        environment.put("HUAWEICLOUD_SDK_PROJECT_ID", emulator.projectId());
        environment.put("HUAWEICLOUD_SDK_AK", emulator.accessKey());
        environment.put("HUAWEICLOUD_SDK_SK", emulator.secretKey());
        return this;
    }

    ChildProcess env(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    ChildProcess timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Runs it to its end; an AssertionError when it does not end within the timeout (it is then killed). */
    Run run() throws IOException, InterruptedException {
        Path log = Files.createTempFile("modelarts-child", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
