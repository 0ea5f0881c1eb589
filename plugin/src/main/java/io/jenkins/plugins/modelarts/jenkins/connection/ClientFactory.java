package io.jenkins.plugins.modelarts.jenkins.connection;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;

/**
 * Opens clients for a {@link Connection} on behalf of a build: looks the credentials up by id in the
 * context of the build's job (so folder credentials and the job's permissions apply) and records
 * their use. Called on background threads only: lookups may do I/O.
 */
public interface ClientFactory {
    /**
     * A client for the connection, on loan until the lease is closed; an {@link AbortException} saying
     * what to fix when it cannot be built. The lease's key names the resolved credentials, not their id.
     */
    ClientLease lease(Connection connection, Run<?, ?> run) throws AbortException;

    /** The OBS reader for the objects under a job's log_url and for the pre-flight; an {@link AbortException} saying why not. */
    ObjectSource obs(Connection connection, Run<?, ?> run) throws AbortException;

    /**
     * The environment variables that hand the connection to another process (the {@code modelarts}
     * command line, an SDK): the ModelArts endpoint, region, project and the resolved credentials,
     * secrets apart so they can be masked; an {@link AbortException} saying why they cannot be had.
     */
    ConnectionVariables variables(Connection connection, Run<?, ?> run) throws AbortException;
}
