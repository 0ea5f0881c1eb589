package io.jenkins.plugins.modelarts.jenkins.connection;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.util.logging.Logger;

/**
 * The emulator the plugin runs inside the controller when the global configuration chooses it: started
 * on first use on a free loopback port, stopped with Jenkins. Its jobs live in memory, so they are gone
 * after a controller restart.
 */
public final class EmbeddedEmulator implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedEmulator.class.getName());
    private ModelArtsEmulator emulator;

    /** The running emulator, started now if it was not. */
    public synchronized ModelArtsEmulator get() {
        if (emulator == null) {
            emulator = ModelArtsEmulator.builder().port(0).build().start();
            LOG.info("Started the embedded ModelArts emulator at " + emulator.baseUrl());
        }
        return emulator;
    }

    @Override
    public synchronized void close() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}
