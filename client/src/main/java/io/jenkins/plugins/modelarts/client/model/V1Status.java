package io.jenkins.plugins.modelarts.client.model;

/**
 * A v1 integer status code with its documented name. Unknown codes keep their number and are named
 * {@code JOBSTAT_<code>} so they can be shown rather than crash anything.
 */
public record V1Status(int code) {
    private static final String[] NAMES = {
        "JOBSTAT_UNKNOWN", "JOBSTAT_INIT", "JOBSTAT_IMAGE_CREATING", "JOBSTAT_IMAGE_FAILED",
        "JOBSTAT_SUBMIT_TRYING", "JOBSTAT_SUBMIT_FAILED", "JOBSTAT_DELETE_FAILED", "JOBSTAT_WAITING",
        "JOBSTAT_RUNNING", "JOBSTAT_KILLING", "JOBSTAT_COMPLETED", "JOBSTAT_FAILED", "JOBSTAT_KILLED",
        "JOBSTAT_CANCELED", "JOBSTAT_LOST", "JOBSTAT_SCALING", "JOBSTAT_SUBMIT_MODEL_FAILED",
        "JOBSTAT_DEPLOY_SERVICE_FAILED", "JOBSTAT_CHECK_INIT", "JOBSTAT_CHECK_RUNNING",
        "JOBSTAT_CHECK_RUNNING_COMPLETED", "JOBSTAT_CHECK_FAILED"
    };

    public static final int COMPLETED = 10;
    public static final int FAILED = 11;
    public static final int KILLED = 12;

    /** {@code JOBSTAT_RUNNING}, or {@code JOBSTAT_<code>} for a code the docs do not list. */
    public String name() {
        return code >= 0 && code < NAMES.length ? NAMES[code] : "JOBSTAT_" + code;
    }

    public JobState state() {
        return JobState.ofV1(code);
    }

    @Override
    public String toString() {
        return name() + "(" + code + ")";
    }
}
