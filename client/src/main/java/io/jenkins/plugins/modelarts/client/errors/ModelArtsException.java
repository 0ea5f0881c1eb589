package io.jenkins.plugins.modelarts.client.errors;

/**
 * Base of every failure the client reports. Unchecked, like OkHttp's and Retrofit's HTTP errors.
 * Messages never contain credentials, signatures or tokens.
 *
 * <ul>
 *   <li>{@link ApiException}: the service answered with an error (HTTP status, vendor code).
 *   <li>{@link TransportException}: no usable answer after retries (I/O, timeouts).
 *   <li>{@link ResponseDecodingException}: an answer that could not be parsed.
 *   <li>{@link RequestValidationException}: the request was refused locally, before any call.
 * </ul>
 */
public abstract class ModelArtsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ModelArtsException(String message) {
        super(message);
    }

    protected ModelArtsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether asking again later may succeed: throttling, server errors, network failures and
     * unreadable answers are; a refused request (4xx, local validation) is not. The one place that
     * decides it, for retries between calls (waiters, the shared poller).
     */
    public boolean isTransient() {
        return false;
    }
}
