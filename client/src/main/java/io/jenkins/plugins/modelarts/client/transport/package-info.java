/**
 * The seam between the sub-clients and HTTP: an {@link
 * io.jenkins.plugins.modelarts.client.transport.ApiRequest} (one call of an {@link
 * io.jenkins.plugins.modelarts.client.transport.ApiFamily}, before the project id, signing and
 * encoding) sent through an {@link io.jenkins.plugins.modelarts.client.transport.ApiTransport}.
 * {@code ModelArtsClient.builder()} builds the OkHttp transport; tests and alternative transports
 * implement the interface and pass it to {@code ModelArtsClient.create}.
 */
package io.jenkins.plugins.modelarts.client.transport;
