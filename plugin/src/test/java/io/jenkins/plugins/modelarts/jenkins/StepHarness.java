package io.jenkins.plugins.modelarts.jenkins;

import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.connection.InstalledRuntime;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What a step test needs: an emulator, a plugin runtime installed for the test whose poller reads
 * every 100 ms, a Jenkins job with builds on disk, and contexts for those builds. Global defaults name
 * a region, a project and a credentials id, as a configured controller's would.
 *
 * <p>As a JUnit extension, one per test: {@code @RegisterExtension final StepHarness h = StepHarness.inTempDir();}
 * builds its own folder and closes (and deletes it) after each test.
 */
public final class StepHarness implements AutoCloseable, AfterEachCallback {
    public static final ConnectionDefaults DEFAULTS =
            new ConnectionDefaults(false, null, "cn-north-4", "0123456789abcdef0123456789abcdef", "modelarts-test", null);

    public final ModelArtsEmulator emulator;
    public final EmulatorClients clients;
    public ModelArtsRuntime runtime;
    public final FakeJob job = new FakeJob("resnet");
    private final Path dir;
    private AutoCloseable installed;
    private int builds;

    public StepHarness(Path dir) {
        this(dir, DEFAULTS);
    }

    private final ConnectionDefaults defaults;
    /** True when the harness made {@link #dir} and deletes it on close. */
    private boolean ownsDir;

    public StepHarness(Path dir, ConnectionDefaults defaults) {
        this(dir, defaults, ModelArtsEmulator.builder().build().start());
    }

    /** A harness whose steps talk to {@code emulator} (started; closed with the harness). */
    public StepHarness(Path dir, ModelArtsEmulator emulator) {
        this(dir, DEFAULTS, emulator);
    }

    private StepHarness(Path dir, ConnectionDefaults defaults, ModelArtsEmulator emulator) {
        this.dir = dir;
        this.defaults = defaults;
        this.emulator = emulator;
        this.clients = new EmulatorClients(emulator);
        install();
    }

    /** A harness on a temporary folder of its own, for {@code @RegisterExtension}: closed and the folder deleted after each test. */
    public static StepHarness inTempDir() {
        try {
            StepHarness harness = new StepHarness(Files.createTempDirectory("modelarts-steps"), DEFAULTS);
            harness.ownsDir = true;
            return harness;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        close();
    }

    private void install() {
        PollerSettings fast = PollerSettings.defaults()
                .withIntervals(Duration.ofMillis(100), Duration.ofMillis(100))
                .withTickPeriod(Duration.ofMillis(25))
                .withJitter(0)
                .withBackoff(Duration.ofMillis(100), Duration.ofMillis(400));
        this.runtime = new ModelArtsRuntime(clients, () -> defaults, Clock.systemUTC(), fast, new FakeArtifacts());
        this.installed = InstalledRuntime.install(runtime);
    }

    /**
     * A controller restart as steps see it: the runtime's poller and threads are gone (pending polls
     * and timers with them) and a new runtime takes over; the emulator, like the cloud, keeps its jobs.
     */
    public void restartController() throws Exception {
        installed.close();
        install();
    }

    /** The job's next build. */
    public FakeRun newRun() throws IOException {
        return new FakeRun(job, ++builds, dir);
    }

    public FakeStepContext newContext() throws IOException {
        return new FakeStepContext(newRun());
    }

    @Override
    public void close() throws Exception {
        installed.close();
        clients.close();
        emulator.close();
        if (ownsDir) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            ownsDir = false;
        }
    }
}
