// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** Minimal: only the real abstract member. The real class is {@code @ExportedBean} (runtime-only; dropped). */
public abstract class Cause {
    public abstract String getShortDescription();
}
