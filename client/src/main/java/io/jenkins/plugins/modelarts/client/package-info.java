/**
 * A Jenkins-free client for the Huawei Cloud ModelArts training API. Start at {@code ModelArtsClient}.
 * Types under {@code ...client.internal} are not API and may change without notice.
 */
package io.jenkins.plugins.modelarts.client;
