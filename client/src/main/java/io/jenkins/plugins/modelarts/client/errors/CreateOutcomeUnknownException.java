package io.jenkins.plugins.modelarts.client.errors;

import java.util.Objects;

/**
 * A create may or may not have made its job, and the client could not find out: the create failed
 * ambiguously (no answer, a 5xx, an answer that could not be read or lacked the job's id) and
 * looking the job up by its name failed too, or the deadline left no time to look. The job may
 * exist and run; {@link #jobName()} names it, so the caller can re-attach to it by name (the CLI's
 * {@code train --job-name NAME --reattach}) instead of creating a second one.
 *
 * <p>The cause is the create's failure; the lookup's failure is suppressed on it.
 */
public class CreateOutcomeUnknownException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    private final String jobName;

    public CreateOutcomeUnknownException(String jobName, ModelArtsException createFailure, ModelArtsException lookupFailure) {
        super("The create of training job '" + jobName + "' may have succeeded, but its outcome is unknown: "
                + createFailure.getMessage() + "; looking the job up by name failed too: "
                + (lookupFailure == null ? "no time was left" : lookupFailure.getMessage())
                + ". The job may exist and be running: re-attach to it by its name before creating it again.",
                createFailure);
        this.jobName = Objects.requireNonNull(jobName, "jobName == null");
        if (lookupFailure != null) {
            addSuppressed(lookupFailure);
        }
    }

    /** The name of the job that may exist. */
    public String jobName() {
        return jobName;
    }

    /** Not worth repeating blindly: the next create could make a second job. */
    @Override
    public boolean isTransient() {
        return false;
    }
}
