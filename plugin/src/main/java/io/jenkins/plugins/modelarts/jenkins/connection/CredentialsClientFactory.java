package io.jenkins.plugins.modelarts.jenkins.connection;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.modelarts.client.Endpoints;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.jenkins.credentials.ClientCredentials;

/**
 * The controller's {@link ClientFactory}: credentials from the Jenkins credentials store, looked up
 * by id in the build's context and tracked ({@link CredentialsLookup}), or the embedded emulator's own keys.
 */
public final class CredentialsClientFactory implements ClientFactory, AutoCloseable {
    private final EmbeddedEmulator emulator;
    private final CredentialsLookup credentials;
    private final ClientCache cache = new ClientCache();

    public CredentialsClientFactory(EmbeddedEmulator emulator) {
        this(emulator, CredentialsLookup.STORE);
    }

    public CredentialsClientFactory(EmbeddedEmulator emulator, CredentialsLookup credentials) {
        this.emulator = emulator;
        this.credentials = credentials;
    }

    @Override
    public ClientLease lease(Connection connection, Run<?, ?> run) throws AbortException {
        if (connection.emulator()) {
            ModelArtsEmulator e = emulator.get();
            return cache.lease(connection.key(ClientCache.fingerprint(e.baseUrl(), e.accessKey(), e.secretKey())),
                    () -> ModelArtsClient.builder()
                            .endpoint(e.baseUrl())
                            .projectId(e.projectId())
                            .credentials(AkSkCredentials.of(e.accessKey(), e.secretKey()))
                            .build());
        }
        // Keyed by the resolved secret, not the id: ids are unique only within one store, so two
        // folders may use the same id for different keys.
        Credentials credentials = ClientCredentials.of(lookup(connection, run));
        return cache.lease(connection.key(ClientCache.fingerprint(credentials)), () -> ModelArtsClient.builder()
                .endpoint(connection.modelArtsEndpoint())
                .projectId(connection.projectId())
                .credentials(credentials)
                .build());
    }

    @Override
    public ObjectSource obs(Connection connection, Run<?, ?> run) throws AbortException {
        if (connection.emulator()) {
            ModelArtsEmulator e = emulator.get();
            return new ObsObjectSource(e.baseUrl(), e.accessKey(), e.secretKey(), null, true);
        }
        if (connection.region() == null) {
            throw new AbortException("reading OBS needs the region (the OBS endpoint is derived from it)");
        }
        Credentials credentials = ClientCredentials.of(lookup(connection, run));
        if (!(credentials instanceof AkSkCredentials keys)) {
            throw new AbortException("reading OBS needs access key credentials; '"
                    + connection.credentialsId() + "' is a user name and password");
        }
        return new ObsObjectSource(Endpoints.obs(connection.region()), keys.accessKey(), keys.secretKey(),
                keys.securityToken(), false);
    }

    @Override
    public ConnectionVariables variables(Connection connection, Run<?, ?> run) throws AbortException {
        if (connection.emulator()) {
            ModelArtsEmulator e = emulator.get();
            return ConnectionVariables.of(e.baseUrl(), null, e.projectId(), AkSkCredentials.of(e.accessKey(), e.secretKey()));
        }
        return ConnectionVariables.of(connection.modelArtsEndpoint(), connection.region(), connection.projectId(),
                ClientCredentials.of(lookup(connection, run)));
    }

    private StandardCredentials lookup(Connection connection, Run<?, ?> run) throws AbortException {
        StandardCredentials found = credentials.find(connection.credentialsId(), run);
        if (found == null) {
            throw new AbortException("ModelArts credentials '" + connection.credentialsId()
                    + "' were not found, or this job may not use them (connection: " + connection.explain() + ")");
        }
        return found;
    }

    @Override
    public void close() {
        cache.close();
    }
}
