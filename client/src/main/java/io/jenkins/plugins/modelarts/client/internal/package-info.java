/**
 * Plumbing behind the public client: the OkHttp implementation of the transport seam, {@link
 * io.jenkins.plugins.modelarts.client.internal.RealApiTransport} (URL encoding, authentication,
 * retries, error decoding, logging), and the deadline view.
 *
 * <p>Not API: anything here may change without notice, and no class outside the client module uses
 * it (the module rules test says so).
 */
package io.jenkins.plugins.modelarts.client.internal;
