/**
 * Training job configurations (seed 003) as the front ends use them: the one merge rule for
 * overrides ({@link io.jenkins.plugins.modelarts.core.config.ConfigOverrides}), the SDK's name-to-id
 * resolution ({@link io.jenkins.plugins.modelarts.core.config.NameResolver}) and a job request from a
 * configuration ({@link io.jenkins.plugins.modelarts.core.config.JobFromConfig}).
 */
package io.jenkins.plugins.modelarts.core.config;
