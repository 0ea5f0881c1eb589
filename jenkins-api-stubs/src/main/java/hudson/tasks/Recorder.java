// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.tasks;

import hudson.ExtensionPoint;

@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class Recorder extends Publisher implements ExtensionPoint {
    @SuppressWarnings("deprecation")
    protected Recorder() {
    }

    @Override
    public BuildStepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
