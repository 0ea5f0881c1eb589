// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** The real interface is also annotated {@code @StaplerAccessibleType} (runtime-only; dropped). */
public interface ModelObject {
    String getDisplayName();
}
