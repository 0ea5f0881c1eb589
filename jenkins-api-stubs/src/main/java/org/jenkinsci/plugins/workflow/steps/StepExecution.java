// Stub of org.jenkins-ci.plugins.workflow:workflow-step-api 700.v6e45cb_a_5a_a_21 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The base class that the plugin's own executions extend, so its trivial real behaviour is kept: the context given to
 * the constructor is returned by {@link #getContext()} ({@link IllegalStateException} if there is none, as in the real
 * class), {@link #stop(Throwable)} calls {@code getContext().onFailure(cause)}, {@link #onResume()} does nothing,
 * {@link #getStatus()} returns {@code null} and {@link #blocksRestart()} {@code false}. The rest throws. The deprecated
 * Guava-{@code Function} {@code applyAll} overloads are not declared.
 */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    private StepContext context;

    @Deprecated
    protected StepExecution() {
    }

    protected StepExecution(@NonNull StepContext context) {
        this.context = context;
    }

    public @NonNull StepContext getContext() {
        if (context == null) {
            throw new IllegalStateException("you must either pass in a StepContext to the StepExecution constructor, or have the StepExecution be created automatically");
        }
        return context;
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        getContext().onFailure(cause);
    }

    public void onResume() {
    }

    public @CheckForNull String getStatus() {
        return null;
    }

    public boolean blocksRestart() {
        return false;
    }

    public final @CheckForNull String getStatusBounded(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static ListenableFuture<?> acceptAll(Consumer<StepExecution> c) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public static <T extends StepExecution> ListenableFuture<?> acceptAll(Class<T> type, Consumer<T> c) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
