// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.AbstractBuild;
import hudson.model.Run;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Decorates a build's console stream; a block step puts one in its body's context to mask secrets. Both
 * {@code decorateLogger} overloads throw here (core's defaults call each other); {@code decorateLogger(Computer, …)}
 * and {@code all()} are not declared.
 */
public abstract class ConsoleLogFilter implements ExtensionPoint {
    @Deprecated
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(AbstractBuild build, OutputStream logger) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(Run build, OutputStream logger) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
