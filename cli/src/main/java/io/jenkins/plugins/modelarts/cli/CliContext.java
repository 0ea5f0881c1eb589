package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.Sleeper;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** What a command may touch of the outside world; injected so tests run the CLI in-process. */
public record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock, Sleeper sleeper) {
    public CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out == null");
        Objects.requireNonNull(err, "err == null");
        Objects.requireNonNull(clock, "clock == null");
        Objects.requireNonNull(sleeper, "sleeper == null");
    }

    public static CliContext system() {
        return new CliContext(
                System.getenv(),
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                Clock.systemUTC(),
                Sleeper.SYSTEM);
    }

    public String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
