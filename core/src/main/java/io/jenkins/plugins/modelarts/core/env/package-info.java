/** How a connection is handed to another process: the environment variables the CLI and the SDKs read. */
package io.jenkins.plugins.modelarts.core.env;
