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
 * on a job that really ran. With {@value #OBS_FOLDER_PROPERTY} naming a folder, its OBS serves that folder (each
 * folder in it a bucket, each file under it an object), so that a dry run's pre-flight finds a spec's data and code.
 */
public final class EmbeddedEmulator implements AutoCloseable {
    /** The controller's system property naming a folder of replay fixtures. */
    public static final String FIXTURES_PROPERTY = EmbeddedEmulator.class.getName() + ".fixtures";

    /** The controller's system property naming a folder the emulator serves as its OBS buckets. */
    public static final String OBS_FOLDER_PROPERTY = EmbeddedEmulator.class.getName() + ".obsFolder";

    private static final Logger LOG = Logger.getLogger(EmbeddedEmulator.class.getName());
    private final Path fixtures;
    private final Path obsFolder;
    private ModelArtsEmulator emulator;

    /** The fixtures of the folder {@value #FIXTURES_PROPERTY} names and the OBS folder {@value #OBS_FOLDER_PROPERTY} names, if set. */
    public EmbeddedEmulator() {
        this(folder(FIXTURES_PROPERTY), folder(OBS_FOLDER_PROPERTY));
    }

    /** @param fixtures a folder whose {@code *.json} files jobs replay, or null for none */
    public EmbeddedEmulator(Path fixtures) {
        this(fixtures, null);
    }

    /**
     * @param fixtures a folder whose {@code *.json} files jobs replay, or null for none
     * @param obsFolder a folder served as the emulator's OBS ({@code ObsBuckets.mirror}), or null for empty buckets
     */
    public EmbeddedEmulator(Path fixtures, Path obsFolder) {
        this.fixtures = fixtures;
        this.obsFolder = obsFolder;
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
            if (obsFolder != null && !Files.isDirectory(obsFolder)) {
                throw new IllegalArgumentException("the ModelArts emulator's OBS folder " + obsFolder + " (system property "
                        + OBS_FOLDER_PROPERTY + ") is not a folder");
            }
            ModelArtsEmulator started = builder.build().start();
            int objects = obsFolder == null ? 0 : started.obs().mirror(obsFolder);
            emulator = started;
            LOG.info("Started the embedded ModelArts emulator at " + emulator.baseUrl()
                    + (fixtures == null ? "" : ", replaying " + emulator.fixtures().size() + " fixture(s) of " + fixtures)
                    + (obsFolder == null ? "" : ", serving " + objects + " object(s) of " + obsFolder + " as OBS"));
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

    private static Path folder(String property) {
        String folder = System.getProperty(property);
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
