package io.jenkins.plugins.modelarts.client.auth;

import java.util.Objects;

/**
 * An IAM user's name and password in an account (domain). The client exchanges them for a
 * project-scoped token with {@link IamTokenProvider} and sends {@code X-Auth-Token}.
 *
 * <p>{@code iamEndpoint} may be null: it is then derived from the ModelArts endpoint's region (see
 * {@code Endpoints.iamForModelArts}). {@code toString()} never shows the password.
 *
 * @param userName the IAM user
 * @param password the IAM user's password
 * @param domainName the account (domain) the user belongs to
 * @param iamEndpoint for example {@code https://iam.cn-north-4.myhuaweicloud.com}, or null
 */
public record IamPasswordCredentials(String userName, String password, String domainName, String iamEndpoint)
        implements Credentials {

    public IamPasswordCredentials {
        Objects.requireNonNull(userName, "userName == null");
        Objects.requireNonNull(password, "password == null");
        Objects.requireNonNull(domainName, "domainName == null");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName is blank");
        }
        if (domainName.isBlank()) {
            throw new IllegalArgumentException("domainName is blank");
        }
        if (iamEndpoint != null && iamEndpoint.isBlank()) {
            iamEndpoint = null;
        }
    }

    /** Credentials whose IAM endpoint is derived from the ModelArts endpoint. */
    public static IamPasswordCredentials of(String userName, String password, String domainName) {
        return new IamPasswordCredentials(userName, password, domainName, null);
    }

    @Override
    public String toString() {
        return "IamPasswordCredentials[userName=" + userName
                + ", password=" + Redaction.MARK
                + ", domainName=" + domainName
                + ", iamEndpoint=" + iamEndpoint + "]";
    }
}
