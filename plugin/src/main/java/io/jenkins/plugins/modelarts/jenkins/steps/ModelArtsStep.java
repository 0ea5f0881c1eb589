package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import hudson.Util;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionScope;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The settings every ModelArts step shares: which credentials, region or endpoint and project to use.
 * Each falls back to Manage Jenkins » System » ModelArts when not given.
 */
public abstract class ModelArtsStep extends Step {
    private String credentialsId;
    private String region;
    private String endpoint;
    private String projectId;

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    public String getEndpoint() {
        return endpoint;
    }

    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        this.endpoint = Util.fixEmptyAndTrim(endpoint);
    }

    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
    }

    /** The step's Pipeline name, for messages. */
    protected abstract String functionName();

    /**
     * The connection this step uses: its own settings, else those of the enclosing {@code withModelArts}
     * block (found in the step's context), else the global ones; an {@link AbortException} lists every
     * missing setting.
     */
    protected final Connection connection(StepContext context) throws java.io.IOException, InterruptedException {
        Connection connection = Connection.resolve(ModelArtsRuntime.get().defaults(), context.get(ConnectionScope.class),
                endpoint, region, projectId, credentialsId);
        check(connection.problems());
        return connection;
    }

    /** Fails the step before anything is sent when there are problems, listing all of them. */
    protected final void check(List<String> problems) throws AbortException {
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(functionName()).append(": ")
                    .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(", nothing was sent:");
            problems.forEach(p -> message.append("\n  - ").append(p));
            throw new AbortException(message.toString());
        }
    }
}
