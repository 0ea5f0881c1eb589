package io.jenkins.plugins.modelarts.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientFactory;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientLease;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients for a test's emulator, whatever the connection names (as the credentials store would resolve
 * them); records the connections asked for. A credentials id of {@code missing} fails as an unknown id does.
 */
public final class EmulatorClients implements ClientFactory, AutoCloseable {
    private final ModelArtsEmulator emulator;
    private final ModelArtsClient client;
    public final List<Connection> asked = new CopyOnWriteArrayList<>();
    /** The threads that asked for a client: the steps' HTTP work must never run on the Pipeline thread. */
    public final List<String> askedOnThreads = new CopyOnWriteArrayList<>();

    public EmulatorClients(ModelArtsEmulator emulator) {
        this.emulator = emulator;
        this.client = ModelArtsClient.builder()
                .endpoint(emulator.baseUrl())
                .projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(2).build())
                .build();
    }

    public ModelArtsClient client() {
        return client;
    }

    @Override
    public ClientLease lease(Connection connection, Run<?, ?> run) throws AbortException {
        asked.add(connection);
        askedOnThreads.add(Thread.currentThread().getName());
        if ("missing".equals(connection.credentialsId())) {
            throw new AbortException("ModelArts credentials 'missing' were not found, or this job may not use them");
        }
        return ClientLease.of(client, connection.key("test-emulator-keys"));
    }

    @Override
    public ObjectSource obs(Connection connection, Run<?, ?> run) {
        return new ObsObjectSource(emulator.baseUrl(), emulator.accessKey(), emulator.secretKey(), null, true);
    }

    /** The emulator's endpoint, project and keys, whatever the connection names; {@code missing} fails as an unknown id. */
    @Override
    public ConnectionVariables variables(Connection connection, Run<?, ?> run) throws AbortException {
        asked.add(connection);
        if ("missing".equals(connection.credentialsId())) {
            throw new AbortException("ModelArts credentials 'missing' were not found, or this job may not use them"
                    + " (connection: " + connection.explain() + ")");
        }
        return ConnectionVariables.of(emulator.baseUrl(), connection.region(), emulator.projectId(),
                AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()));
    }

    @Override
    public void close() {
        client.close();
    }
}
