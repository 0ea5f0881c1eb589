// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import jenkins.model.ModelObjectWithContextMenu;

/**
 * Real class is {@code @ExportedBean} (runtime-only; dropped). Every member throws; test fakes of {@link Run}
 * override the non-final ones they need. {@link #getAllActions()} is final in core, so it cannot be faked.
 */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {

    @NonNull
    public final List<? extends Action> getAllActions() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public void replaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean removeAction(@Nullable Action a) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public boolean removeActions(@NonNull Class<? extends Action> clazz) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
