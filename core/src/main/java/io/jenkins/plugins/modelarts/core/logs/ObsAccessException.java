package io.jenkins.plugins.modelarts.core.logs;

import com.obs.services.exception.ObsException;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;

/** OBS refused or failed a listing or a read; the message has the status, code and request id, never keys. */
public final class ObsAccessException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    ObsAccessException(String what, ObsException e) {
        super("OBS error while " + what + ": HTTP " + e.getResponseCode()
                + (e.getErrorCode() == null ? "" : " " + e.getErrorCode())
                + (e.getErrorMessage() == null ? "" : ": " + e.getErrorMessage())
                + (e.getErrorRequestId() == null ? "" : " (request id " + e.getErrorRequestId() + ")"));
    }
}
