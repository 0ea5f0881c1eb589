package io.jenkins.plugins.modelarts.jenkins.connection;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;

/**
 * Finds stored credentials by id for a build, the way every credential-using plugin must: in the context
 * of the build's job (folder credentials apply, and the job's permissions), recording the use so the
 * credentials' "usage" page lists the build. A seam so tests can stand in a fake credentials provider.
 */
@FunctionalInterface
public interface CredentialsLookup {
    /** The credentials, or null when there are none with that id the build may use. */
    StandardCredentials find(String credentialsId, Run<?, ?> run);

    /** The controller's credentials store: {@code CredentialsProvider.findCredentialById} and {@code track}. */
    CredentialsLookup STORE = (id, run) -> {
        StandardCredentials found = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        if (found != null) {
            CredentialsProvider.track(run, found);
        }
        return found;
    };
}
