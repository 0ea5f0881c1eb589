package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.util.Objects;
import java.util.Random;

/** A view of a transport whose every call ends by one {@link Deadline}. */
public final class DeadlineTransport implements ApiTransport {
    private final ApiTransport delegate;
    private final Deadline deadline;

    public DeadlineTransport(ApiTransport delegate, Deadline deadline) {
        this.delegate = Objects.requireNonNull(delegate, "delegate == null");
        this.deadline = Objects.requireNonNull(deadline, "deadline == null");
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        return delegate.execute(request, deadline);
    }

    @Override
    public JsonNode execute(ApiRequest request, Deadline other) {
        return delegate.execute(request, deadline.earliest(other));
    }

    @Override
    public Deadline deadline() {
        return deadline.earliest(delegate.deadline());
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
}
