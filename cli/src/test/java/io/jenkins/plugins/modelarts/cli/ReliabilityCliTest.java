package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a misbehaving API (docs/reliability.md): answers that cannot be read,
 * server errors and slow or huge answers end in the documented exit code, in bounded time, with
 * exactly one job created.
 */
class ReliabilityCliTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path dir;

    private ModelArtsEmulator emulator;
    private CliRunner cli;

    @BeforeEach
    void connect() {
        emulator = EMULATOR.emulator();
        cli = CliRunner.against(emulator);
    }

    /** Jobs of that exact name the emulator holds. */
    private int jobsNamed(String name) {
        CliRunner.Result r = CliRunner.against(emulator).run("-o", "json", "jobs", "--api", "v1", "--name", name);
        Matcher m = Pattern.compile("\"job_name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"").matcher(r.out());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private long creates() {
        return emulator.journal().count("POST", ".*/v1/[^/]+/training-jobs");
    }

    @Test
    void aCreateAnsweredWithUnreadableJsonReattachesToTheJobItMade() {
        for (String garbage : new String[] {"null", "[]", "{}", "{\"job_id\": \"ten\", \"version_id\": [1]}"}) {
            String name = "garbled-" + Math.abs(garbage.hashCode());
            emulator.faults().garbledResponses(1, garbage);

            CliRunner.Result r = cli.run("train", Specs.v1(dir, name, Map.of()).toString());

            assertThat(r.exitCode()).as(garbage + ": " + r.err()).isZero();
            assertThat(r.out()).matches("[0-9]+ [0-9]+\\s*");
            assertThat(r.err()).as(garbage).contains("Re-attached to training job '" + name + "'").doesNotContain("Created");
            assertThat(jobsNamed(name)).as(garbage).isEqualTo(1);
        }
        emulator.faults().malformedResponses(1);
        CliRunner.Result truncated = cli.run("train", Specs.v1(dir, "truncated-1", Map.of()).toString());
        assertThat(truncated.exitCode()).as(truncated.err()).isZero();
        assertThat(truncated.err()).contains("Re-attached to training job 'truncated-1'");
        assertThat(jobsNamed("truncated-1")).isEqualTo(1);
        assertThat(creates()).isEqualTo(5);
    }

    @Test
    void anUnknownCreateOutcomeNamesTheJobAndTheCommandThatReattaches() {
        Path spec = Specs.v1(dir, "unknown-1", Map.of());
        emulator.faults().malformedResponses(1).dropConnections(20);

        CliRunner.Result r = cli.run("--max-attempts", "2", "train", spec.toString(), "--job-name", "nightly-42");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).contains("'nightly-42' may have succeeded")
                .contains("modelarts train " + spec + " --job-name nightly-42 --reattach")
                .doesNotContain("NullPointerException");
        emulator.faults().clear();
        CliRunner.Result again = cli.run("train", spec.toString(), "--job-name", "nightly-42", "--reattach");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Re-attached");
        assertThat(jobsNamed("nightly-42")).isEqualTo(1);
        assertThat(creates()).isEqualTo(2);
    }

    @Test
    void serverErrorsOnACreateAreRetriedWithBackoffAndMakeOneJob() {
        emulator.faults().createsOnly(true).serverErrors(2, 503);
        Instant start = cli.clock().instant();

        CliRunner.Result r = cli.run("train", Specs.v1(dir, "busy-1", Map.of()).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(creates()).isEqualTo(3);
        assertThat(jobsNamed("busy-1")).isEqualTo(1);
        // backoff 500 ms then 1 s, +-20% jitter, on the injected clock
        assertThat(Duration.between(start, cli.clock().instant())).isBetween(Duration.ofMillis(1200), Duration.ofMillis(1800));
    }

    @Test
    void maxAttemptsBoundsTheCreateRecovery() {
        emulator.faults().createsOnly(true).serverErrors(5, 503);

        CliRunner.Result r = cli.run("--max-attempts", "2", "train", Specs.v1(dir, "busy-2", Map.of()).toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).contains("503");
        assertThat(creates()).isEqualTo(2);
        assertThat(jobsNamed("busy-2")).isZero();
    }

    @Test
    void anOversizedAnswerIsAnApiErrorNotAJobVerdict() {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "huge-1", Map.of()).toString());
        String[] ids = created.out().trim().split(" ");
        emulator.faults().oversizedResponses(1, 600L * 1024 * 1024);

        CliRunner.Result r = cli.run("job", ids[0], "--job-version", ids[1]);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(r.err()).contains("too large").contains("16 MiB");
    }

    @Test
    void anErrorInsideACommandIsAnInternalErrorNeverExitCodeOne() {
        CliRunner.Result created = cli.run("train", Specs.v1(dir, "oom-1", Map.of("emulator_status_reads", "50")).toString());
        String[] ids = created.out().trim().split(" ");
        cli.sleeper(d -> {
            throw new OutOfMemoryError("Java heap space");
        });

        CliRunner.Result r = cli.run("wait", ids[0], "--job-version", ids[1], "--poll-interval", "1s");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.err()).contains("OutOfMemoryError").contains("out of memory");
    }

    @Test
    void trainWaitTimeoutBoundsACreateWhoseAnswerTrickles() {
        CliRunner slow = CliRunner.against(emulator).realTime();
        emulator.faults().trickle(Duration.ofMillis(500));
        try {
            long start = System.nanoTime();
            CliRunner.Result r = slow.run("train", Specs.v1(dir, "trickle-1", Map.of()).toString(), "--wait", "--timeout", "2s");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.API_ERROR);
            assertThat(r.err()).contains("'trickle-1' may have succeeded").contains("--reattach");
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1900)).isLessThan(Duration.ofSeconds(6));
        } finally {
            emulator.faults().trickle(Duration.ZERO);
        }
        assertThat(creates()).isEqualTo(1);
        assertThat(jobsNamed("trickle-1")).isEqualTo(1);
    }

    @Test
    void theTimeoutBoundsAWaitForSeveralJobsThoughEveryCallIsSlow() {
        emulator.defaultScript(JobScript.afterStatusReads(1_000_000));
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CliRunner.Result created = cli.run("train", Specs.v1(dir, "slow-sweep-" + i, Map.of()).toString());
            assertThat(created.exitCode()).as(created.err()).isZero();
            ids.add(created.out().trim().split(" ")[0]);
        }
        CliRunner slow = CliRunner.against(emulator).realTime();
        emulator.faults().latency(Duration.ofMillis(1500));
        CliRunner.Result r;
        Duration took;
        try {
            long start = System.nanoTime();
            r = slow.run("wait", "--timeout", "2s", "--poll-interval", "1s", ids.get(0), ids.get(1), ids.get(2));
            took = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            emulator.faults().latency(Duration.ZERO);
        }

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(took).as("the 2 s timeout, then the stops' 5 s grace at most").isLessThan(Duration.ofSeconds(8));
        assertThat(r.out()).contains("job " + ids.get(0)).contains("had not ended")
                .contains("job " + ids.get(2) + " had not ended (not read before the timeout)");
        assertThat(r.err()).contains("Timed out: asked ModelArts to stop job " + ids.get(0));
        assertThat(emulator.journal().count("POST", ".*/training-jobs/[0-9]+/versions/[0-9]+/stop"))
                .as("the job found before the timeout is stopped; those never read are not").isEqualTo(1);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> faultsOnTheCreate() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("throttle", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.throttle(2, Duration.ofSeconds(1)), false),
                org.junit.jupiter.params.provider.Arguments.of("5xx", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.serverErrors(2, 503), false),
                org.junit.jupiter.params.provider.Arguments.of("lost", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.serverErrorsAfterProcessing(1, 502), true),
                org.junit.jupiter.params.provider.Arguments.of("drop", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.dropConnections(1), false),
                org.junit.jupiter.params.provider.Arguments.of("malformed", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.malformedResponses(1), true),
                org.junit.jupiter.params.provider.Arguments.of("garbage", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.garbledResponses(1, "[]"), true),
                org.junit.jupiter.params.provider.Arguments.of("oversize", (java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults>) f -> f.oversizedResponses(1, 20L * 1024 * 1024), true));
    }

    /** The matrix of faults on the create, through {@code train --wait}: exit 0, one job, the right word. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("faultsOnTheCreate")
    void everyFaultOnTheCreateEndsWithOneJobWaitedForToItsEnd(String fault,
            java.util.function.Consumer<io.jenkins.plugins.modelarts.emulator.Faults> inject, boolean foundByName) {
        emulator.faults().createsOnly(true);
        inject.accept(emulator.faults());
        String name = "matrix-" + fault;

        CliRunner.Result r = cli.run("train", Specs.v1(dir, name, Map.of()).toString(), "--wait", "--poll-interval", "1s");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains((foundByName ? "Re-attached to training job '" : "Created training job '") + name + "'");
        assertThat(r.out()).contains("COMPLETED");
        assertThat(jobsNamed(name)).isEqualTo(1);
        assertThat(creates()).as("creates sent, within --max-attempts (5)").isBetween(1L, 5L);
    }

    @Test
    void iamTokensExpiringDuringAWaitAreRenewedAndTheWaitGoesOn() {
        CliRunner iam = CliRunner.against(emulator).env("HUAWEICLOUD_SDK_AK", null).env("HUAWEICLOUD_SDK_SK", null)
                .env("MODELARTS_IAM_USER", emulator.iamUser()).env("MODELARTS_IAM_PASSWORD", emulator.iamPassword())
                .env("MODELARTS_IAM_DOMAIN", emulator.iamDomain()).env("MODELARTS_IAM_ENDPOINT", emulator.baseUrl());
        java.util.concurrent.atomic.AtomicInteger expired = new java.util.concurrent.atomic.AtomicInteger();
        iam.sleeper(d -> { // every pause between two polls, the token the command holds expires
            emulator.faults().expireTokens();
            expired.incrementAndGet();
            iam.clock().advance(d);
        });

        CliRunner.Result r = iam.run("train", Specs.v1(dir, "token-expired", Map.of()).toString(), "--wait",
                "--poll-interval", "1s");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("COMPLETED");
        assertThat(expired.get()).as("tokens expired while waiting").isGreaterThan(1);
        assertThat(emulator.journal().count("POST", ".*/v3/auth/tokens")).as("a token per expiry").isGreaterThan(1);
        assertThat(jobsNamed("token-expired")).isEqualTo(1);
    }

    @Test
    void theEmulatorRefusesAFaultSpecItCannotRead() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("emulator", "--port", "0", "--faults", "throttle=20%,bogus=1,5xx=x");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown kind 'bogus'").contains("5xx: 'x'");
    }

    @Test
    void helpDescribesTheFaultSpec() {
        CliRunner.Result r = CliRunner.withoutConfiguration().run("emulator", "--help");

        assertThat(r.out()).contains("--faults", "throttle", "trickle", "garbage", "oversize");
    }
}
