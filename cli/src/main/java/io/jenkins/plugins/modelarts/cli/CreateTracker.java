package io.jenkins.plugins.modelarts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.internal.ApiRequest;
import io.jenkins.plugins.modelarts.client.internal.ApiTransport;
import java.util.List;
import java.util.Random;

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
        return execute(request, null);
    }

    @Override
    public JsonNode execute(ApiRequest request, Deadline deadline) {
        if (!isCreate(request)) {
            return delegate.execute(request, deadline);
        }
        try {
            JsonNode answer = delegate.execute(request, deadline);
            lastCreateFailed = false;
            return answer;
        } catch (RuntimeException e) {
            lastCreateFailed = true;
            throw e;
        }
    }

    // Everything else is the wrapped transport's: its deadline, and the retry policy, sleeper and jitter
    // the client's create recovery uses above the transport.

    @Override
    public Deadline deadline() {
        return delegate.deadline();
    }

    @Override
    public RetryPolicy retryPolicy() {
        return delegate.retryPolicy();
    }

    @Override
    public Sleeper sleeper() {
        return delegate.sleeper();
    }

    @Override
    public Random random() {
        return delegate.random();
    }

    /** Whether a submit that returned a job found it by name because its own create's answer was lost. */
    boolean reattachedAfterLostCreate() {
        return lastCreateFailed;
    }

    private static boolean isCreate(ApiRequest request) {
        return "POST".equals(request.method()) && !request.idempotent() && request.pathSegments().equals(List.of("training-jobs"));
    }
}
