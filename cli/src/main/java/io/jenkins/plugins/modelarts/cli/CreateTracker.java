package io.jenkins.plugins.modelarts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.internal.ApiRequest;
import io.jenkins.plugins.modelarts.client.internal.ApiTransport;
import java.util.List;

/**
 * Watches the create calls of one submit, to tell a new job from one found by name after a lost
 * answer. The client re-attaches on its own when a create fails ambiguously (a 5xx, a dropped
 * connection) and the job turns out to exist; then the last create it sent failed, yet the submit
 * returned a job. Only the wording of {@code train}'s output depends on this.
 */
final class CreateTracker implements ApiTransport {
    private final ApiTransport delegate;
    private volatile boolean lastCreateFailed;

    CreateTracker(ApiTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        if (!isCreate(request)) {
            return delegate.execute(request);
        }
        try {
            JsonNode answer = delegate.execute(request);
            lastCreateFailed = false;
            return answer;
        } catch (RuntimeException e) {
            lastCreateFailed = true;
            throw e;
        }
    }

    /** Whether a submit that returned a job found it by name because its own create's answer was lost. */
    boolean reattachedAfterLostCreate() {
        return lastCreateFailed;
    }

    private static boolean isCreate(ApiRequest request) {
        return "POST".equals(request.method()) && !request.idempotent() && request.pathSegments().equals(List.of("training-jobs"));
    }
}
