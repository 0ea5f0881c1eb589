// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** Member-less marker here; the plugin never calls the real interface's own methods. */
public interface ModifiableViewGroup extends ViewGroup {
}
