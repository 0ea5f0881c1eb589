package io.jenkins.plugins.modelarts.client.errors;

/**
 * A call's {@link io.jenkins.plugins.modelarts.client.Deadline} passed before it got a usable
 * answer: the last attempt was cut short, or no time was left for another attempt or for the
 * backoff before it. The cause, when there is one, is the last attempt's failure.
 *
 * <p>For a create, the transport throws this only when no attempt can have reached the service
 * (every earlier attempt was throttled or never sent); a create cut short after sending is an
 * ordinary {@link TransportException}, which is ambiguous.
 */
public class DeadlineExceededException extends TransportException {
    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
