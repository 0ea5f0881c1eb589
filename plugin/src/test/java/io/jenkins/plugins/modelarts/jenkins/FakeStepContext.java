package io.jenkins.plugins.modelarts.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step context for unit tests: offers a build and its console, records the outcome, the result set
 * and the saves. Serializable like the real one: it is written with the execution and, read back,
 * finds the same test's build and console again by its id (as Pipeline reconnects a resumed step).
 */
public final class FakeStepContext extends StepContext {
    private static final long serialVersionUID = 1L;
    private static final Map<String, State> STATES = new ConcurrentHashMap<>();

    private final String id;
    /** Objects a block put in this (body) context, most recent last; looked up before the parent's. */
    private final java.util.List<Object> contexts;
    private final FakeStepContext parent;

    /** What one test's context saw; shared by the context and its deserialized copies. */
    public static final class State {
        final FakeRun run;
        final RecordingListener listener = new RecordingListener();
        final CompletableFuture<Object> outcome = new CompletableFuture<>();
        final AtomicInteger completions = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();
        volatile Result result;
        /** The body a block started: its invoker, with the contexts and callback it was given. */
        volatile FakeBodyInvoker body;

        State(FakeRun run) {
            this.run = run;
        }
    }

    public FakeStepContext(FakeRun run) {
        this.id = UUID.randomUUID().toString();
        this.contexts = java.util.List.of();
        this.parent = null;
        STATES.put(id, new State(run));
    }

    /** The context of a step in a block's body: the same build, the block's context objects over the parent's. */
    FakeStepContext(FakeStepContext parent, java.util.List<Object> contexts) {
        this.id = UUID.randomUUID().toString();
        this.contexts = java.util.List.copyOf(contexts);
        this.parent = parent;
        STATES.put(id, new State(parent.state().run));
    }

    private State state() {
        return STATES.get(id);
    }

    @Override
    public <T> T get(Class<T> key) {
        if (key == Run.class) {
            return key.cast(state().run);
        }
        if (key == TaskListener.class) {
            return key.cast(parent != null ? parent.get(TaskListener.class) : state().listener);
        }
        for (int i = contexts.size() - 1; i >= 0; i--) {
            if (key.isInstance(contexts.get(i))) {
                return key.cast(contexts.get(i));
            }
        }
        return parent == null ? null : parent.get(key);
    }

    @Override
    public void onSuccess(Object result) {
        state().completions.incrementAndGet();
        state().outcome.complete(result);
    }

    @Override
    public void onFailure(Throwable t) {
        state().completions.incrementAndGet();
        state().outcome.completeExceptionally(t);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public ListenableFuture<Void> saveState() {
        state().saves.incrementAndGet();
        return Futures.immediateFuture(null);
    }

    @Override
    public void setResult(Result r) {
        State s = state();
        s.result = s.result == null ? r : s.result.combine(r);
    }

    @Override
    public BodyInvoker newBodyInvoker() {
        FakeBodyInvoker invoker = new FakeBodyInvoker(this);
        state().body = invoker;
        return invoker;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FakeStepContext other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    // --- for assertions ---

    /** The step's value, waiting up to {@code timeout}; throws the step's failure as the cause of an ExecutionException. */
    public Object await(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return state().outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The failure the step ended with, waiting up to {@code timeout}. */
    public Throwable awaitFailure(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            Object value = await(timeout);
            throw new AssertionError("expected the step to fail, but it returned " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    public boolean isDone() {
        return state().outcome.isDone();
    }

    public int completions() {
        return state().completions.get();
    }

    public int saves() {
        return state().saves.get();
    }

    public Result result() {
        return state().result;
    }

    public String log() {
        return state().listener.text();
    }

    public FakeRun run() {
        return state().run;
    }

    /** The body this (block's) context started, or null. */
    public FakeBodyInvoker body() {
        return state().body;
    }
}
