package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a given environment, capturing stdout and stderr; waiting advances a fake clock. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {}

    private final Map<String, String> env = new HashMap<>();
    private final ManualClock clock = new ManualClock();
    private boolean realTime;
    private boolean everyCommand;
    private Sleeper sleeper = clock::advance;

    static CliRunner against(ModelArtsEmulator emulator) {
        CliRunner runner = new CliRunner();
        runner.env.put("MODELARTS_ENDPOINT", emulator.baseUrl());
        runner.env.put("HUAWEICLOUD_SDK_PROJECT_ID", emulator.projectId());
        runner.env.put("HUAWEICLOUD_SDK_AK", emulator.accessKey());
        runner.env.put("HUAWEICLOUD_SDK_SK", emulator.secretKey());
        return runner;
    }

    static CliRunner withoutConfiguration() {
        return new CliRunner();
    }

    CliRunner env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Real clock and sleeping, for tests whose server is slow on a real socket. */
    CliRunner realTime() {
        this.realTime = true;
        return this;
    }

    /** Builds every subcommand for every command line, as picocli did before {@link Subcommands} built only the invoked one. */
    CliRunner everyCommand() {
        this.everyCommand = true;
        return this;
    }

    /** Waiting (between polls, before retries) through {@code sleeper}, which may also move the clock. */
    CliRunner sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    ManualClock clock() {
        return clock;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = realTime
                ? new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), java.time.Clock.systemUTC(), Sleeper.SYSTEM)
                : new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), clock, sleeper);
        int code = new Cli(context, everyCommand).run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
