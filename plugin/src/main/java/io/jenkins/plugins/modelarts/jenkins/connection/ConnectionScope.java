package io.jenkins.plugins.modelarts.jenkins.connection;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import java.io.Serializable;
import java.util.Objects;

/**
 * The connection settings a {@code withModelArts} block gives the steps in its body: names only (the
 * credentials id, never a secret), each possibly unset. It travels as a context object of the body,
 * so it is saved with the Pipeline and the body's steps still find it after a controller restart.
 *
 * <p>Nested blocks combine field by field ({@link #within}): a field the inner block sets replaces
 * the outer one's, an unset one is inherited. The endpoint and the region count as one field, the
 * target: a block naming either names where calls go, so it takes neither from an outer block.
 */
public final class ConnectionScope implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final String region;
    private final String projectId;
    private final String credentialsId;

    public ConnectionScope(String endpoint, String region, String projectId, String credentialsId) {
        this.endpoint = Util.fixEmptyAndTrim(endpoint);
        this.region = Util.fixEmptyAndTrim(region);
        this.projectId = Util.fixEmptyAndTrim(projectId);
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** This block's settings inside {@code outer} (null at the top): set fields win, unset ones are inherited. */
    public ConnectionScope within(@CheckForNull ConnectionScope outer) {
        if (outer == null) {
            return this;
        }
        boolean ownTarget = hasTarget();
        return new ConnectionScope(
                ownTarget ? endpoint : outer.endpoint,
                ownTarget ? region : outer.region,
                projectId != null ? projectId : outer.projectId,
                credentialsId != null ? credentialsId : outer.credentialsId);
    }

    /** Whether this scope says where calls go (an endpoint or a region). */
    public boolean hasTarget() {
        return endpoint != null || region != null;
    }

    public String endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public String projectId() {
        return projectId;
    }

    public String credentialsId() {
        return credentialsId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionScope o && Objects.equals(endpoint, o.endpoint) && Objects.equals(region, o.region)
                && Objects.equals(projectId, o.projectId) && Objects.equals(credentialsId, o.credentialsId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, region, projectId, credentialsId);
    }

    @Override
    public String toString() {
        return "ConnectionScope[endpoint=" + endpoint + ", region=" + region + ", projectId=" + projectId
                + ", credentialsId=" + credentialsId + "]";
    }
}
