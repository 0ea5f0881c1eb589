package io.jenkins.plugins.modelarts.jenkins.steps;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.logs.ObjectPresence;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.core.preflight.CheckResult;
import io.jenkins.plugins.modelarts.core.preflight.Preflight;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientFactory;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import java.io.PrintStream;

/**
 * The pre-flight of {@code modelartsTrain} and the freestyle builder (core's {@link Preflight}): the
 * request's OBS locations through the connection's OBS access ({@link ClientFactory#obs}), the v1 or
 * v2 flavor through the client's catalog; one console line per check and a summary. OBS that cannot be had (no
 * region, user-and-password credentials) makes the OBS checks unchecked, never a failure.
 */
public final class TrainPreflight {
    private TrainPreflight() {}

    public static PreflightReport run(ClientFactory clients, Connection connection, Run<?, ?> run, ModelArtsClient client,
            JobSpec spec, PrintStream log) {
        Preflight.Builder preflight = Preflight.builder().flavors(client.catalog());
        ObjectSource source = null;
        try {
            try {
                source = clients.obs(connection, run);
                if (source instanceof ObjectPresence presence) {
                    preflight.obs(presence);
                } else {
                    preflight.obsUnavailable("this OBS access cannot tell whether objects exist");
                }
            } catch (AbortException e) {
                preflight.obsUnavailable(e.getMessage());
            }
            PreflightReport report = preflight.build().check(spec);
            log.println("Pre-flight of ModelArts training job " + ConsoleText.safe(spec.jobName()) + ":");
            report.checks().forEach(check -> log.println("  " + check.line()));
            log.println(ConsoleText.safe(report.summary()));
            return report;
        } finally {
            ObjectSource.closeQuietly(source);
        }
    }

    /**
     * The step's (and the builder's) failure when the pre-flight found something missing: nothing was sent.
     *
     * @param dryRun whether this was a dry run (the job "would queue and fail") or a create ("was not created")
     */
    public static AbortException refusal(PreflightReport report, String jobName, boolean dryRun) {
        return new AbortException(ConsoleText.safe("ModelArts pre-flight: " + report.count(CheckResult.MISSING)
                + " thing(s) missing (" + report.missingList() + "): training job " + jobName
                + (dryRun ? " would queue and fail" : " was not created")
                + "; fix the paths or the flavor, or set preflight: false"));
    }
}
