package io.jenkins.plugins.modelarts.core.preflight;

import java.util.Locale;

/** What one pre-flight check found. */
public enum CheckResult {
    /** It is there (the folder holds objects, the object or bucket exists, the flavor can take the job). */
    OK,
    /**
     * A definite no: a 404 or an empty listing, an unknown or sold-out flavor, more workers than it
     * allows. The job would queue and then fail: an error.
     */
    MISSING,
    /**
     * Could not be checked (403, the network, no OBS endpoint or credentials, an API the client lacks):
     * a warning with the reason, never a failure, since a pipeline's credentials may not read the bucket.
     */
    UNCHECKED;

    /** {@code ok}, {@code missing} or {@code unchecked}: the value in JSON and in the step's map. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
