package io.jenkins.plugins.modelarts.client.model;

/**
 * One v1 running parameter, {@code {"label": "learning_rate", "value": "0.01"}}: passed to the boot
 * file as {@code --label=value}, or set as an environment variable in a custom image. The vendor's
 * samples sometimes send the value as a number; it is read as its text.
 */
public record Parameter(String label, String value) {

    public static Parameter of(String label, String value) {
        return new Parameter(label, value);
    }
}
