package io.jenkins.plugins.modelarts.core.logs;

import com.obs.services.exception.ObsException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import java.io.IOException;

/**
 * OBS refused or failed a listing or a read; the message has the status, code and request id, never
 * keys. When OBS could not be reached at all (refused, unknown host, timed out connecting), the
 * vendor's client reports a made-up HTTP 408; the message says what happened instead.
 */
public final class ObsAccessException extends ModelArtsException {
    private static final long serialVersionUID = 1L;
    private final boolean unreachable;

    ObsAccessException(String what, ObsException e) {
        super(message(what, e), e);
        this.unreachable = networkCause(e) != null;
    }

    /** True when no HTTP answer came back at all (refused, unknown host, timed out): OBS could not be reached. */
    public boolean unreachable() {
        return unreachable;
    }

    private static String message(String what, ObsException e) {
        IOException io = networkCause(e);
        if (io != null) {
            return "could not connect to OBS while " + what + ": " + describe(io);
        }
        return "OBS error while " + what + ": HTTP " + e.getResponseCode()
                + (e.getErrorCode() == null ? "" : " " + e.getErrorCode())
                + (e.getErrorMessage() == null ? "" : ": " + e.getErrorMessage())
                + (e.getErrorRequestId() == null ? "" : " (request id " + e.getErrorRequestId() + ")");
    }

    /** The I/O failure under the vendor's exception, when no HTTP answer came back. */
    private static IOException networkCause(ObsException e) {
        if (e.getErrorRequestId() != null) {
            return null;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String describe(IOException io) {
        StringBuilder sb = new StringBuilder(io.getClass().getSimpleName());
        String last = null;
        for (Throwable t = io; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().equals(last)) {
                sb.append(last == null ? ": " : " (").append(t.getMessage());
                if (last != null) {
                    sb.append(')');
                }
                last = t.getMessage();
            }
        }
        return sb.toString();
    }
}
