// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import hudson.slaves.NodeDescriptor;
import jenkins.util.io.OnMaster;

/** Minimal: only here because {@code Jenkins extends AbstractCIBase extends Node}. Only {@code getDescriptor()} is declared. */
public abstract class Node extends AbstractModelObject implements ReconfigurableDescribable<Node>, ExtensionPoint, AccessControlled, OnMaster, PersistenceRoot {
    @Override
    public abstract NodeDescriptor getDescriptor();
}
