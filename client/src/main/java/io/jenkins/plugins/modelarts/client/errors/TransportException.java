package io.jenkins.plugins.modelarts.client.errors;

import java.io.IOException;

/** No usable answer from the service after every allowed attempt: connection refused, reset, timed out. */
public class TransportException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, IOException cause) {
        super(message, cause);
    }

    /** For subclasses whose cause is the last failure, whatever its kind. */
    protected TransportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always worth asking again later. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
