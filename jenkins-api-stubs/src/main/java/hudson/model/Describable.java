// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** 2.479.x shape: abstract {@code getDescriptor()} (it became a {@code default} method in 2.505). */
public interface Describable<T extends Describable<T>> {
    Descriptor<T> getDescriptor();
}
