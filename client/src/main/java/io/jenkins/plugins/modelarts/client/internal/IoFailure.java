package io.jenkins.plugins.modelarts.client.internal;

import java.io.IOException;

/**
 * One attempt ended in an I/O failure. {@code mayHaveBeenSent} is false only when it happened
 * before a connection able to carry the request existed. Control flow inside {@link
 * RealApiTransport} only; no stack trace.
 */
final class IoFailure extends Exception {
    private static final long serialVersionUID = 1L;

    final transient IOException ioException;
    final boolean mayHaveBeenSent;

    IoFailure(IOException ioException, boolean mayHaveBeenSent) {
        super(null, null, false, false);
        this.ioException = ioException;
        this.mayHaveBeenSent = mayHaveBeenSent;
    }
}
