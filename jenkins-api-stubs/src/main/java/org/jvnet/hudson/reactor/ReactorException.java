// Stub of org.jenkins-ci:task-reactor 1.8 — compile-only; see docs/jenkins-compatibility.md
package org.jvnet.hudson.reactor;

public class ReactorException extends Exception {

    ReactorException(Throwable cause) {
        super(cause);
    }
}
