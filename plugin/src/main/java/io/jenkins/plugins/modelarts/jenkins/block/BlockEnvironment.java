package io.jenkins.plugins.modelarts.jenkins.block;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.Run;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The environment a {@code withModelArts} block gives {@code sh}, {@code bat} and every step in its
 * body: the variables the {@code modelarts} command line reads ({@link ConnectionVariables}), over
 * the enclosing block's environment. It holds the connection's names and the block's context, never
 * a secret: the credentials are looked up each time the environment is built (so nothing secret is
 * saved with the Pipeline, and a restart or a rotated key needs nothing more).
 */
public final class BlockEnvironment extends EnvironmentExpander {
    private static final long serialVersionUID = 1L;
    private static final List<String> SECRET_VARIABLES = List.of(ConnectionVariables.ACCESS_KEY,
            ConnectionVariables.SECRET_KEY, ConnectionVariables.SECURITY_TOKEN, ConnectionVariables.IAM_PASSWORD);

    private final EnvironmentExpander outer;
    private final StepContext block;
    private final Connection connection;

    public BlockEnvironment(@CheckForNull EnvironmentExpander outer, StepContext block, Connection connection) {
        this.outer = outer;
        this.block = block;
        this.connection = connection;
    }

    @Override
    public void expand(@NonNull EnvVars env) throws IOException, InterruptedException {
        if (outer != null) {
            outer.expand(env);
        }
        variables(block, connection).all().forEach(env::override);
    }

    /** The connection's variables, its credentials looked up now for the block's build (shared with {@link BlockSecretsFilter}). */
    static ConnectionVariables variables(StepContext block, Connection connection) throws IOException, InterruptedException {
        Run<?, ?> run = block.get(Run.class);
        return ModelArtsRuntime.get().clients().variables(connection, run);
    }

    /** The variables that may hold a secret (those set depend on the kind of credentials). */
    public static List<String> secretVariables() {
        return SECRET_VARIABLES;
    }

    /** The outer block's and this one's secrets: keys, token, IAM password (Pipeline warns when they are interpolated). */
    @NonNull
    @Override
    public Set<String> getSensitiveVariables() {
        Set<String> sensitive = new LinkedHashSet<>(outer == null ? Set.of() : outer.getSensitiveVariables());
        sensitive.addAll(SECRET_VARIABLES);
        return sensitive;
    }
}
