package io.jenkins.plugins.modelarts.core.poll;

import java.util.Objects;

/**
 * Names one connection to ModelArts for {@link JobPoller} grouping: the endpoint, the project and
 * the id under which the credentials are stored (a Jenkins credentials id, a profile name), never
 * the secret itself, so the key is safe to log. Jobs watched under equal keys share one list or
 * search call per tick even when each waiter built its own client, as waiters restored after a
 * controller restart do.
 */
public record ConnectionKey(String endpoint, String projectId, String credentialsId) {
    public ConnectionKey {
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(credentialsId, "credentialsId == null");
    }
}
