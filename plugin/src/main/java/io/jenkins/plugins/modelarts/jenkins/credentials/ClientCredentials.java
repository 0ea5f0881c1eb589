package io.jenkins.plugins.modelarts.jenkins.credentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;

/**
 * Turns stored Jenkins credentials into the client's: a {@link ModelArtsCredentials} access key signs
 * requests (AK/SK); a username/password gets IAM tokens, with the account (domain) taken from a
 * {@code account/user} user name, or the user name itself for the account's own administrator.
 */
public final class ClientCredentials {
    private ClientCredentials() {}

    public static Credentials of(StandardCredentials stored) throws AbortException {
        if (stored instanceof ModelArtsCredentials keys) {
            Secret token = keys.getSecurityToken();
            return new AkSkCredentials(keys.getAccessKeyId(), keys.getSecretKey().getPlainText(),
                    token == null ? null : token.getPlainText());
        }
        if (stored instanceof StandardUsernamePasswordCredentials user) {
            return iamUser(user.getUsername(), user.getPassword().getPlainText());
        }
        throw new AbortException("Credentials '" + stored.getId() + "' are neither a ModelArts access key nor a"
                + " username with password; ModelArts needs one of those");
    }

    /** {@code account/user} or {@code user} (the account's administrator, whose name is the account's). */
    static IamPasswordCredentials iamUser(String userName, String password) throws AbortException {
        int slash = userName.indexOf('/');
        String account = slash < 0 ? userName : userName.substring(0, slash);
        String user = slash < 0 ? userName : userName.substring(slash + 1);
        if (account.isBlank() || user.isBlank()) {
            throw new AbortException("IAM user name '" + userName + "' must be 'account/user' or 'user'");
        }
        return IamPasswordCredentials.of(user, password, account);
    }
}
