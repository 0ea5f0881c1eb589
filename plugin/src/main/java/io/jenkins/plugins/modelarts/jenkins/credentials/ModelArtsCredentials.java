package io.jenkins.plugins.modelarts.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * A Huawei Cloud access key (AK/SK) for ModelArts and OBS, stored in the Jenkins credentials store.
 * The secret key and the optional security token of temporary credentials are {@link Secret}s.
 */
@NameWith(value = ModelArtsCredentials.NameProvider.class, priority = 1)
public interface ModelArtsCredentials extends StandardCredentials {
    @NonNull
    String getAccessKeyId();

    @NonNull
    Secret getSecretKey();

    /** The security token of temporary credentials, or null. */
    @CheckForNull
    Secret getSecurityToken();

    /** Shown in credential lists: the access key id and the description, never the secret. */
    class NameProvider extends CredentialsNameProvider<ModelArtsCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull ModelArtsCredentials c) {
            String description = c.getDescription();
            return c.getAccessKeyId() + (description.isBlank() ? "" : " (" + description + ")");
        }
    }
}
