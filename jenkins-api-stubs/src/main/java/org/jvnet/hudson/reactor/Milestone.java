// Stub of org.jenkins-ci:task-reactor 1.8 — compile-only; see docs/jenkins-compatibility.md
package org.jvnet.hudson.reactor;

/** Marker interface for a milestone of the reactor (member-less, as in the real library). */
public interface Milestone {
}
