package io.jenkins.plugins.modelarts.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(jobsNamed(name)).as(garbage).isEqualTo(1);
        }
        emulator.faults().malformedResponses(1);
        CliRunner.Result truncated = cli.run("train", Specs.v1(dir, "truncated-1", Map.of()).toString());
        assertThat(truncated.exitCode()).as(truncated.err()).isZero();
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
