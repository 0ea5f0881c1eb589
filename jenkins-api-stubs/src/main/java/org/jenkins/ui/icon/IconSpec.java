// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package org.jenkins.ui.icon;

/** Member-less marker here; the plugin never calls {@code getIconClassName()} through this interface. */
public interface IconSpec {
}
