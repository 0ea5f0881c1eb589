/**
 * The Jenkins front end of ModelArts training: Pipeline steps ({@code steps}), freestyle build steps
 * ({@code freestyle}), the credential type and binding ({@code credentials}), the global
 * configuration and the controller-wide poller and clients ({@code connection}), and the build and
 * project report actions ({@code report}). Every decision that can live without Jenkins lives in
 * {@code modelarts-core}; the classes here translate between Jenkins and that core.
 */
package io.jenkins.plugins.modelarts.jenkins;
