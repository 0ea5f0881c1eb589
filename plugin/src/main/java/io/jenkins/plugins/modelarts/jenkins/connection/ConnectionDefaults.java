package io.jenkins.plugins.modelarts.jenkins.connection;

import java.time.Duration;

/**
 * The global configuration's values that steps fall back to, as a plain value: steps and tests read
 * this rather than the Jenkins configuration object.
 *
 * @param pollInterval the default interval between status reads; null for the shared poller's
 *     phase-aware default (15 s while pending, 60 s while running)
 */
public record ConnectionDefaults(
        boolean emulator, String endpoint, String region, String projectId, String credentialsId, Duration pollInterval) {
    /** Nothing configured: every step must name its own target. */
    public static ConnectionDefaults none() {
        return new ConnectionDefaults(false, null, null, null, null, null);
    }

    /** Everything against the embedded emulator. */
    public static ConnectionDefaults embeddedEmulator() {
        return new ConnectionDefaults(true, null, null, null, null, null);
    }
}
