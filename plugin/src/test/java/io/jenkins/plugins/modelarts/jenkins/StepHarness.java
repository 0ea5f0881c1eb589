package io.jenkins.plugins.modelarts.jenkins;

import io.jenkins.plugins.modelarts.core.poll.PollerSettings;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.connection.InstalledRuntime;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What a step test needs: an emulator, a plugin runtime installed for the test whose poller reads
 * every 100 ms, a Jenkins job with builds on disk, and contexts for those builds. Global defaults name
 * a region, a project and a credentials id, as a configured controller's would.
 */
public final class StepHarness implements AutoCloseable {
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

    public StepHarness(Path dir, ConnectionDefaults defaults) {
        this.dir = dir;
        this.defaults = defaults;
        this.emulator = ModelArtsEmulator.builder().build().start();
        this.clients = new EmulatorClients(emulator);
        install();
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
    }
}
