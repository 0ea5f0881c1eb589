package io.jenkins.plugins.modelarts.core.poll;

import java.util.Objects;

/**
 * Names one connection to ModelArts for {@link JobPoller} grouping: the endpoint, the project and
 * what identifies the credentials, never the secret itself, so the key is safe to log. The CLI passes
 * the name the keys came from; the Jenkins plugin passes a salted fingerprint of the resolved
 * credentials ({@code sha256:…}), because a credentials id is unique only within one store and two
 * folders may use the same id for different keys. Jobs watched under equal keys share one list or
 * search call per tick even when each waiter built its own client, as waiters restored after a
 * controller restart do.
 *
 * @param credentialsId the credentials' identity: a name, or a fingerprint of the resolved keys
 */
public record ConnectionKey(String endpoint, String projectId, String credentialsId) {
    public ConnectionKey {
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(credentialsId, "credentialsId == null");
    }
}
