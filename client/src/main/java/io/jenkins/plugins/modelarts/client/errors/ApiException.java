package io.jenkins.plugins.modelarts.client.errors;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The ModelArts service (or its API gateway) answered with an error: HTTP status &ge; 400, or a
 * v1 body with {@code "is_success": false}.
 *
 * <p>Carries the HTTP status, the vendor error code ({@code ModelArts.0103}, {@code APIGW.0308}),
 * the vendor's message ({@code error_message}, {@code error_msg} or {@code message}), the request
 * id (body {@code request_id} or header {@code X-Request-Id}) and what was called. Callers branch on
 * the predicates rather than on raw codes, so the code lists live here only.
 */
public class ApiException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    private static final Set<String> DUPLICATE_NAME_CODES = Set.of("ModelArts.0103", "ModelArts.2751");
    private static final Set<String> NOT_FOUND_CODES = Set.of("ModelArts.2775", "ModelArts.0110", "APIGW.0101");
    private static final Set<String> THROTTLING_CODES =
            Set.of("APIGW.0308", "APIG.0308", "ModelArts.2799", "ModelArts.4206", "ModelArts.6101");
    private static final Set<String> TOKEN_EXPIRED_CODES =
            Set.of("APIGW.0307", "ModelArts.0202", "ModelArts.0203", "ModelArts.0201");

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String call;
    private final Duration retryAfter;

    public ApiException(int httpStatus, String errorCode, String errorMessage, String requestId, String call) {
        this(httpStatus, errorCode, errorMessage, requestId, call, null);
    }

    private ApiException(int httpStatus, String errorCode, String errorMessage, String requestId, String call,
            Duration retryAfter) {
        super(format(httpStatus, errorCode, errorMessage, requestId, call));
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.call = call;
        this.retryAfter = retryAfter;
    }

    /** This error with the server's {@code Retry-After}, so callers that poll can wait that long. */
    public ApiException withRetryAfter(Duration retryAfter) {
        ApiException copy = new ApiException(httpStatus, errorCode, errorMessage, requestId, call, retryAfter);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** How long the server asked to wait ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String format(int status, String code, String message, String requestId, String call) {
        StringBuilder sb = new StringBuilder("ModelArts API error: HTTP ").append(status);
        if (code != null && !code.isEmpty()) {
            sb.append(' ').append(code);
        }
        if (message != null && !message.isEmpty()) {
            sb.append(": ").append(message);
        }
        if (call != null) {
            sb.append(" (").append(call);
            if (requestId != null && !requestId.isEmpty()) {
                sb.append(", request id ").append(requestId);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The vendor code, e.g. {@code ModelArts.0103}; null when the body had none. */
    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String requestId() {
        return requestId;
    }

    /** What was called, e.g. {@code POST /v1/{project_id}/training-jobs}. */
    public String call() {
        return call;
    }

    /** A job (v1 ModelArts.0103, v2 ModelArts.2751) or configuration of that name exists already. */
    public boolean isDuplicateName() {
        return errorCode != null && DUPLICATE_NAME_CODES.contains(errorCode);
    }

    public boolean isNotFound() {
        return httpStatus == 404 || (errorCode != null && NOT_FOUND_CODES.contains(errorCode));
    }

    /** Throttling: HTTP 429 or one of the documented throttling codes. */
    public boolean isThrottled() {
        return httpStatus == 429 || (errorCode != null && THROTTLING_CODES.contains(errorCode));
    }

    /** Throttled or a server error: worth asking again later. */
    @Override
    public boolean isTransient() {
        return isThrottled() || isServerError();
    }

    /** The server failed (5xx) without saying the request was bad. */
    public boolean isServerError() {
        return httpStatus >= 500;
    }

    /** Authentication failed (401, or a token code): a new IAM token may help. */
    public boolean isAuthenticationFailure() {
        return httpStatus == 401 || (errorCode != null && TOKEN_EXPIRED_CODES.contains(errorCode));
    }
}
