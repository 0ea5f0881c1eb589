/**
 * The Jenkins-free engine shared by the CLI and the Jenkins plugin: job specs ({@code spec}), job
 * references, status reading, submitting, stopping and waiting ({@code job}), and metric views
 * ({@code metrics}). Everything here is built on {@code io.jenkins.plugins.modelarts.client}.
 */
package io.jenkins.plugins.modelarts.core;
