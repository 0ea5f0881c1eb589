// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.tasks;

import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * As in core 2.479.3, neither Publisher nor Recorder declares {@code getRequiredMonitorService()}: subclasses inherit
 * the {@code BuildStep} default (core: {@code BUILD}) unless they override it. The deprecated
 * {@code Build}/{@code Project} overloads and {@code all()} are not declared.
 */
@SuppressWarnings("deprecation")
public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {
    @Deprecated
    protected Publisher() {
    }

    public boolean needsToRunAfterFinalized() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public Descriptor<Publisher> getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
