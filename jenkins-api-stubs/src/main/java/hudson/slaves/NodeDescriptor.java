// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.slaves;

import hudson.model.Descriptor;
import hudson.model.Node;

/** Member-less here; only needed as the return type of {@code Node.getDescriptor()}. */
public abstract class NodeDescriptor extends Descriptor<Node> {
    protected NodeDescriptor(Class<? extends Node> clazz) {
        super(clazz);
    }

    protected NodeDescriptor() {
    }
}
