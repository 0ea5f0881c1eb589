package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.emulator.FaultSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.emulator.Faults;
import io.jenkins.plugins.modelarts.emulator.Fixture;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "emulator", description = {"Run the local ModelArts emulator in the foreground until Ctrl-C.",
            "It prints the environment to export so that `modelarts` commands in other shells use it."})
final class EmulatorCommand implements Callable<Integer> {
    @ParentCommand
    ModelArtsCommand root;

    @Mixin
    HelpOption help = new HelpOption();

    @Option(names = "--port", paramLabel = "P", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = {"Misbehave like a troubled API, to test a pipeline against it: comma-separated KIND=VALUE items,"
                + " repeatable. KIND throttle (429 + Retry-After), 5xx (503), lost (processed, then 502), drop (no answer),"
                + " malformed (processed, truncated JSON), garbage (processed, JSON of the wrong shape), oversize (processed,"
                + " a 64 MiB answer), expire-tokens; VALUE a share of requests (20%%) or a count of the next requests (3).",
                "Settings: latency=D (every answer delayed), trickle=D (answers sent a byte per D), retry-after=D (default 1s),"
                + " oversize-bytes=N, seed=N, on=creates (faults hit creates only). E.g. --faults 'throttle=20%%,5xx=10%%,lost=2%%,latency=200ms'."})
    List<String> faults = new ArrayList<>();

    @Option(names = "--replay", paramLabel = "FILE",
            description = {"Jobs replay the job recorded in FILE (`modelarts job JOB --record FILE`): its final state, metrics, running"
                + " time and log. Repeatable. With one fixture every job replays it; with several, jobs named as a recorded job do"
                + " (emulator/README.md)."})
    List<Path> replay = new ArrayList<>();

    @Option(names = "--replay-time", paramLabel = "D", converter = DurationConverter.class,
            description = "The most a replay takes: the recorded time is compressed into D (default 10s; 0 ends a replay at its first read).")
    Duration replayTime = Fixture.DEFAULT_REPLAY_TIME;

    @Option(names = "--obs-dir", paramLabel = "DIR",
            description = {"Serve DIR as the emulator's OBS: each folder in DIR is a bucket, each file under it an object keyed by its"
                + " path (what is there at start). Lets a pre-flight (`train --dry-run`) of a spec find its data and code."})
    Path obsDir;

    @Option(names = "--no-auth", description = "Accept requests without a signature or token (by default the emulator checks them like the cloud does).")
    boolean noAuth;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, got " + port);
        }
        for (String spec : faults) {
            FaultSpec.apply(spec, new Faults(() -> {})); // every spec is checked before the port is opened
        }
        if (replayTime.isNegative()) {
            throw new UsageException("--replay-time must not be negative");
        }
        if (obsDir != null && !java.nio.file.Files.isDirectory(obsDir)) {
            throw new UsageException("--obs-dir " + obsDir + " is not a folder");
        }
        ModelArtsEmulator.Builder builder = ModelArtsEmulator.builder().port(port).authRequired(!noAuth).replayTime(replayTime);
        for (Path fixture : replay) {
            builder.replay(fixture); // every fixture is read before the port is opened
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (ModelArtsEmulator emulator = builder.build().start()) {
            for (String spec : faults) {
                FaultSpec.apply(spec, emulator.faults());
            }
            Thread hook = new Thread(stopped::countDown, "modelarts-emulator-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            printBanner(root.context().out(), emulator, root.options().json());
            PrintWriter notes = root.options().json() ? root.context().err() : root.context().out();
            if (obsDir != null) {
                notes.println("Serving " + ConsoleText.safe(obsDir.toString()) + " as OBS: " + emulator.obs().mirror(obsDir)
                        + " object(s) in its folders' buckets");
                notes.flush();
            }
            for (Fixture fixture : emulator.fixtures()) {
                (root.options().json() ? root.context().err() : root.context().out())
                        .println("Replaying " + ConsoleText.safe(fixture.describe(emulator.replayTime())));
                root.context().out().flush();
            }
            if (!faults.isEmpty()) {
                (root.options().json() ? root.context().err() : root.context().out()).println("Faults injected into the ModelArts API: " + String.join(", ", faults));
                root.context().out().flush();
            }
            try {
                stopped.await();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is exiting: nothing to remove
                }
            }
        }
        return ExitCodes.OK;
    }

    /** The settings to export, for AK/SK signing and for IAM tokens; with {@code json}, one JSON document of them. */
    static void printBanner(PrintWriter out, ModelArtsEmulator emulator, boolean json) {
        Map<String, String> akSk = new LinkedHashMap<>();
        akSk.put(ConnectionSettings.ENDPOINT, emulator.baseUrl());
        akSk.put(ConnectionSettings.PROJECT_ID, emulator.projectId());
        akSk.put(ConnectionSettings.AK, emulator.accessKey());
        akSk.put(ConnectionSettings.SK, emulator.secretKey());
        Map<String, String> iam = new LinkedHashMap<>();
        iam.put(ConnectionSettings.IAM_USER, emulator.iamUser());
        iam.put(ConnectionSettings.IAM_PASSWORD, emulator.iamPassword());
        iam.put(ConnectionSettings.IAM_DOMAIN, emulator.iamDomain());
        iam.put(ConnectionSettings.IAM_ENDPOINT, emulator.baseUrl());
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("endpoint", emulator.baseUrl());
            doc.put("ak_sk_environment", akSk);
            doc.put("iam_environment", iam);
            out.println(Output.toJson(doc));
            out.flush();
            return;
        }
        out.println("ModelArts emulator listening on " + emulator.baseUrl());
        out.println("Use it from another shell (these are the emulator's fixed test keys, not secrets):");
        akSk.forEach((name, value) -> out.println("  export " + name + "=" + value));
        out.println("Or, for IAM token authentication instead of AK/SK (unset HUAWEICLOUD_SDK_AK first):");
        out.println("  export " + ConnectionSettings.ENDPOINT + "=" + emulator.baseUrl() + " "
                + ConnectionSettings.PROJECT_ID + "=" + emulator.projectId());
        iam.forEach((name, value) -> out.println("  export " + name + "=" + value));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
