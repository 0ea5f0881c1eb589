package io.jenkins.plugins.modelarts.jenkins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.BodyExecution;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A block's body for unit tests, as Pipeline runs one: {@link #withContext} objects are offered to the
 * steps of the body ({@link #bodyContext()}), which the test runs itself, then ends the body with
 * {@link #succeed} or {@link #fail}; the block's callback hears of it as in Pipeline.
 */
public final class FakeBodyInvoker extends BodyInvoker {
    private final FakeStepContext block;
    private final List<Object> contexts = new ArrayList<>();
    private BodyExecutionCallback callback;
    private boolean started;

    FakeBodyInvoker(FakeStepContext block) {
        this.block = block;
    }

    @Override
    public BodyInvoker withContext(Object override) {
        contexts.add(override);
        return this;
    }

    @Override
    public BodyInvoker withContexts(Object... overrides) {
        contexts.addAll(List.of(overrides));
        return this;
    }

    @Override
    public BodyInvoker withContexts(Collection<?> overrides) {
        contexts.addAll(overrides);
        return this;
    }

    @Override
    public BodyInvoker withDisplayName(String name) {
        return this;
    }

    @Override
    public BodyInvoker withCallback(BodyExecutionCallback callback) {
        this.callback = callback;
        return this;
    }

    @Override
    public BodyExecution start() {
        started = true;
        if (callback != null) {
            callback.onStart(block);
        }
        return new Execution();
    }

    public boolean started() {
        return started;
    }

    public List<Object> contexts() {
        return List.copyOf(contexts);
    }

    /** A context for a step in the body: the block's objects over the block's own context. */
    public FakeStepContext bodyContext() {
        return new FakeStepContext(block, contexts);
    }

    public void succeed(Object value) {
        callback.onSuccess(block, value);
    }

    public void fail(Throwable t) {
        callback.onFailure(block, t);
    }

    private static final class Execution extends BodyExecution {
        private static final long serialVersionUID = 1L;

        @Override
        public Collection<StepExecution> getCurrentExecutions() {
            return List.of();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
