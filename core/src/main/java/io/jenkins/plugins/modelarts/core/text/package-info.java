/** Text from the server made safe for terminals, consoles and files: {@link io.jenkins.plugins.modelarts.core.text.ConsoleText}. */
package io.jenkins.plugins.modelarts.core.text;
