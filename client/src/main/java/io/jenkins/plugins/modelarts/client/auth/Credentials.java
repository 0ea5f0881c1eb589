package io.jenkins.plugins.modelarts.client.auth;

/**
 * How ModelArts requests are authenticated.
 *
 * <ul>
 *   <li>{@link AkSkCredentials}: every request is signed with an access key pair (Huawei's
 *       recommendation); optionally temporary keys with a security token.
 *   <li>{@link IamPasswordCredentials}: an IAM user's password is exchanged for a project-scoped
 *       token, which is cached and refreshed.
 *   <li>{@link TokenCredentials}: a token obtained elsewhere, used as is until it expires.
 * </ul>
 *
 * <p>Implementations are immutable values whose {@code toString()} never shows a secret.
 */
public sealed interface Credentials permits AkSkCredentials, IamPasswordCredentials, TokenCredentials {}
