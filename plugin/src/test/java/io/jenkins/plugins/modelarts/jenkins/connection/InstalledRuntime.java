package io.jenkins.plugins.modelarts.jenkins.connection;

/**
 * Test support, kept out of the plugin: makes {@link ModelArtsRuntime#get()} return a test's own
 * runtime (through the package-private {@link ModelArtsRuntime#installed}) instead of the extension.
 */
public final class InstalledRuntime {
    private InstalledRuntime() {}

    /** Makes {@link ModelArtsRuntime#get()} return {@code runtime} until the returned handle is closed (which closes the runtime). */
    public static AutoCloseable install(ModelArtsRuntime runtime) {
        ModelArtsRuntime.installed = runtime;
        return () -> {
            ModelArtsRuntime.installed = null;
            runtime.close();
        };
    }
}
