package io.jenkins.plugins.modelarts.client;

import java.time.Duration;

/**
 * How the client (between retries) and the waiters (between polls) pause. Injected so that tests
 * run without real sleeping: a fake advances a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {
    /** {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
