/**
 * The ModelArts training API's request and response bodies as immutable records, plus the local
 * validation that runs before anything is sent.
 *
 * <p>Records map to JSON through {@code client.json.Json}: component {@code jobName} is field
 * {@code job_name}, absent fields are null (or an empty list for the top-level lists of a response),
 * and nulls are never written. Response records keep every field the documents name and collect any
 * other field in {@code unknownFields()}, so a response printed back as JSON loses nothing.
 *
 * <p>Vendor quirks handled here: numbers sent as strings ({@code "job_id": "10"}), strings sent as
 * numbers ({@code "value": 0.01}), metric lists sent as JSON-encoded strings
 * ({@link io.jenkins.plugins.modelarts.client.model.EmbeddedJsonDeserializer}), the log preview's
 * old field name {@code context}, and a log file list sent as a single string.
 *
 * <p>Requests are checked with {@code problems()}: every problem at once, each naming the field in
 * the API's spelling ({@code config.spec_id}). The sub-clients refuse a request with problems by
 * throwing {@link io.jenkins.plugins.modelarts.client.errors.RequestValidationException} before any
 * call.
 */
package io.jenkins.plugins.modelarts.client.model;
