// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.ExtensionPoint;

/** Member-less here; only needed for the {@link Queue} constructor. */
public abstract class LoadBalancer implements ExtensionPoint {
}
