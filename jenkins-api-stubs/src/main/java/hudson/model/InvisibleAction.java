// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

public abstract class InvisibleAction implements Action {
    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
