/**
 * Plumbing behind the public client: the request/transport seam ({@link
 * io.jenkins.plugins.modelarts.client.internal.ApiRequest}, {@link
 * io.jenkins.plugins.modelarts.client.internal.ApiTransport}), its OkHttp implementation {@link
 * io.jenkins.plugins.modelarts.client.internal.RealApiTransport} (URL encoding, authentication,
 * retries, error decoding, logging) and the shared JSON configuration.
 *
 * <p>Not API: anything here may change without notice.
 */
package io.jenkins.plugins.modelarts.client.internal;
