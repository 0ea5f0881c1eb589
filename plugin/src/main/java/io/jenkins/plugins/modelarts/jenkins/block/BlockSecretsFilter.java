package io.jenkins.plugins.modelarts.jenkins.block;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.console.ConsoleLogFilter;
import hudson.model.AbstractBuild;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.credentials.SecretMaskingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Collection;

/**
 * Masks a {@code withModelArts} block's secrets (access key, secret key, token, IAM password) in the
 * console of its body, after the enclosing block's filter. Like {@link BlockEnvironment} it keeps
 * names only and looks the secrets up when a console stream is decorated; if they cannot be looked
 * up, nothing in the body can have them either, and the stream is passed on as it is.
 */
public final class BlockSecretsFilter extends ConsoleLogFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ConsoleLogFilter outer;
    private final org.jenkinsci.plugins.workflow.steps.StepContext block;
    private final Connection connection;

    public BlockSecretsFilter(@CheckForNull ConsoleLogFilter outer, org.jenkinsci.plugins.workflow.steps.StepContext block,
            Connection connection) {
        this.outer = outer;
        this.block = block;
        this.connection = connection;
    }

    /** Pipeline decorates a body's console through this overload, with no build (as {@code withCredentials}' filter). */
    @Deprecated
    @Override
    @SuppressWarnings("rawtypes")
    public OutputStream decorateLogger(AbstractBuild build, OutputStream logger) throws IOException, InterruptedException {
        OutputStream base = outer == null ? logger : outer.decorateLogger(build, logger);
        Collection<String> secrets;
        try {
            secrets = BlockEnvironment.variables(block, connection).secret().values();
        } catch (AbortException e) {
            return base;
        }
        return new SecretMaskingOutputStream(base, secrets);
    }
}
