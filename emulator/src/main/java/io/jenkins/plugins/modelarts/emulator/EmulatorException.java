package io.jenkins.plugins.modelarts.emulator;

/**
 * The emulator's one error type: an HTTP status, the vendor error code and message. Services throw
 * it; the HTTP layer renders it in the body shape the real API uses for the route (v1, v2, gateway
 * or OBS XML). Handlers never catch it.
 */
public final class EmulatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final Long retryAfterSeconds;

    public EmulatorException(int status, String code, String message) {
        this(status, code, message, null);
    }

    private EmulatorException(int status, String code, String message, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The gateway's 429, with the seconds for {@code Retry-After}. */
    public static EmulatorException throttled(long retryAfterSeconds) {
        return new EmulatorException(429, "APIGW.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute",
                retryAfterSeconds);
    }

    /** Seconds for a {@code Retry-After} header, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static EmulatorException invalidV1(String message) {
        return new EmulatorException(400, "ModelArts.0101", message);
    }

    public static EmulatorException invalidV2(String message) {
        return new EmulatorException(400, "ModelArts.2788", message);
    }

    public static EmulatorException badJson(String message) {
        return new EmulatorException(400, "ModelArts.2787", "Invalid JSON body: " + message);
    }

    public static EmulatorException v1JobNotFound(long jobId) {
        return new EmulatorException(400, "ModelArts.0105", "Job " + jobId + " does not exist");
    }

    public static EmulatorException v2JobNotFound(String id) {
        return new EmulatorException(404, "ModelArts.2775", "Training job " + id + " not found");
    }

    public static EmulatorException noRoute(String method, String path) {
        return new EmulatorException(404, "APIGW.0101", "The API does not exist or has not been published: " + method + " " + path);
    }

    public static EmulatorException badSignature(String why) {
        return new EmulatorException(401, "APIGW.0301", "Incorrect IAM authentication information: " + why);
    }

    public static EmulatorException tokenExpired() {
        return new EmulatorException(401, "APIGW.0307", "The token must be updated.");
    }

    public static EmulatorException projectMismatch(String projectId) {
        return new EmulatorException(404, "ModelArts.2786", "Project " + projectId + " does not match the credentials");
    }
}
