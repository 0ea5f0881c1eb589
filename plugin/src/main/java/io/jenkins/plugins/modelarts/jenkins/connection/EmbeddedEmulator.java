package io.jenkins.plugins.modelarts.jenkins.connection;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The emulator the plugin runs inside the controller when the global configuration chooses it: started
 * on first use on a free loopback port, stopped with Jenkins. Its jobs live in memory, so they are gone
 * after a controller restart.
 *
 * <p>With the controller's system property {@value #FIXTURES_PROPERTY} naming a folder, its jobs replay the
 * recorded jobs of the {@code *.json} fixtures in it ({@code modelarts job JOB --record FILE};
 * emulator/README.md, "Replay a recorded job"), so that a Jenkinsfile's gates and reports can be rehearsed
 * on a job that really ran.
 */
public final class EmbeddedEmulator implements AutoCloseable {
    /** The controller's system property naming a folder of replay fixtures. */
    public static final String FIXTURES_PROPERTY = EmbeddedEmulator.class.getName() + ".fixtures";

    private static final Logger LOG = Logger.getLogger(EmbeddedEmulator.class.getName());
    private final Path fixtures;
    private ModelArtsEmulator emulator;

    /** The fixtures of the folder {@value #FIXTURES_PROPERTY} names, if it is set. */
    public EmbeddedEmulator() {
        this(fixturesFolder());
    }

    /** @param fixtures a folder whose {@code *.json} files jobs replay, or null for none */
    public EmbeddedEmulator(Path fixtures) {
        this.fixtures = fixtures;
    }

    /**
     * The running emulator, started now if it was not.
     *
     * @throws IllegalArgumentException when a fixture cannot be used (the message names its file)
     */
    public synchronized ModelArtsEmulator get() {
        if (emulator == null) {
            ModelArtsEmulator.Builder builder = ModelArtsEmulator.builder().port(0);
            for (Path fixture : fixtureFiles()) {
                builder.replay(fixture);
            }
            emulator = builder.build().start();
            LOG.info("Started the embedded ModelArts emulator at " + emulator.baseUrl()
                    + (fixtures == null ? "" : ", replaying " + emulator.fixtures().size() + " fixture(s) of " + fixtures));
        }
        return emulator;
    }

    private List<Path> fixtureFiles() {
        if (fixtures == null) {
            return List.of();
        }
        if (!Files.isDirectory(fixtures)) {
            throw new IllegalArgumentException("the ModelArts replay fixtures folder " + fixtures + " (system property "
                    + FIXTURES_PROPERTY + ") is not a folder");
        }
        try (Stream<Path> files = Files.list(fixtures)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ModelArts replay fixtures in " + fixtures + ": " + e, e);
        }
    }

    private static Path fixturesFolder() {
        String folder = System.getProperty(FIXTURES_PROPERTY);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    @Override
    public synchronized void close() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
