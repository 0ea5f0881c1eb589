package io.jenkins.plugins.modelarts.jenkins.connection;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.poll.ConnectionKey;

/**
 * A client on loan for the calls of one step or build step, and the key it is shared under. The key
 * names the endpoint, the project and the <em>resolved</em> credentials (a salted digest of their
 * secret, never the secret): two folders whose credentials share an id but not a key never share a
 * client or a poller group. Close it when the calls are done; a shared client is closed only when no
 * lease holds it.
 */
public interface ClientLease extends AutoCloseable {
    ModelArtsClient client();

    /** The poller's grouping key: endpoint, project and a fingerprint of the resolved credentials. */
    ConnectionKey key();

    /** Gives the client back; idempotent. */
    @Override
    void close();

    /** A lease on a client someone else owns and closes (tests, short-lived clients). */
    static ClientLease of(ModelArtsClient client, ConnectionKey key) {
        return new ClientLease() {
            @Override
            public ModelArtsClient client() {
                return client;
            }

            @Override
            public ConnectionKey key() {
                return key;
            }

            @Override
            public void close() {}
        };
    }
}
