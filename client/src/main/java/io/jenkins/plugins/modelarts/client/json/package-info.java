/**
 * The client's one JSON configuration ({@link io.jenkins.plugins.modelarts.client.json.Json}): the
 * API's snake_case names and lenient scalar coercions. Front ends that read or write the API's JSON
 * (job specs, step results, CLI output) use the same mapper.
 */
package io.jenkins.plugins.modelarts.client.json;
