/**
 * How the client proves who it is: {@link io.jenkins.plugins.modelarts.client.auth.Credentials} (an
 * access key pair, an IAM user's password, or a ready-made token), the pure
 * {@link io.jenkins.plugins.modelarts.client.auth.AkSkSigner} for the {@code SDK-HMAC-SHA256}
 * signature, and the caching {@link io.jenkins.plugins.modelarts.client.auth.IamTokenProvider}.
 *
 * <p>No type here ever prints a secret key, password or token: every {@code toString()} redacts them.
 */
package io.jenkins.plugins.modelarts.client.auth;
