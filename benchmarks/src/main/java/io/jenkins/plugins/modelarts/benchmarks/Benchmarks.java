package io.jenkins.plugins.modelarts.benchmarks;

import java.util.Arrays;

/**
 * {@code java -jar benchmarks.jar [poller] [N ...]} runs {@link PollerBenchmark} (the default);
 * {@code java -jar benchmarks.jar archive} runs {@link ArchiveBenchmark}.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String first = args.length == 0 ? "poller" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (first) {
            case "archive" -> ArchiveBenchmark.main(rest);
            case "poller" -> PollerBenchmark.main(rest);
            default -> PollerBenchmark.main(args); // N values, as before
        }
    }
}
