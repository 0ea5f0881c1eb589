package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.core.preflight.Preflight;
import io.jenkins.plugins.modelarts.core.preflight.PreflightCheck;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.io.PrintWriter;

/**
 * {@code train --dry-run} and {@code train --preflight}: the pre-flight over the command line's
 * connection settings. What cannot be had (no connection for a spec file checked offline, no AK/SK or
 * OBS endpoint) makes the checks it would serve unchecked, with the settings' own words; it never
 * fails the command.
 */
final class CliPreflight {
    private final ConnectionSettings settings;
    private final PrintWriter err;

    CliPreflight(ModelArtsCommand root) {
        this.settings = root.connectionSettings();
        this.err = root.context().err();
    }

    /**
     * Runs the checks, prints one line per check and the summary on stderr, and returns them.
     *
     * @param client the command's client, or null when it has none (a dry run of a spec file): one is
     *     made if the settings allow, else the flavor is not checked
     */
    PreflightReport run(ModelArtsClient client, JobSpec spec) {
        ModelArtsClient own = null;
        Preflight.Builder preflight = Preflight.builder();
        ObsObjectSource obs = null;
        try {
            if (client == null) {
                try {
                    client = own = settings.connect();
                } catch (UsageException e) {
                    preflight.flavorsUnavailable(oneLine(e.getMessage()));
                }
            }
            if (client != null) {
                preflight.flavors(client.catalog());
            }
            try {
                obs = settings.obs("the pre-flight's OBS checks", "No OBS access:");
                preflight.obs(obs);
            } catch (UsageException e) {
                preflight.obsUnavailable(oneLine(e.getMessage()));
            }
            PreflightReport report = preflight.build().check(spec);
            report.checks().stream().map(PreflightCheck::line).forEach(line -> err.println("  " + line));
            err.println(report.summary() + (report.hasMissing() ? ": " + report.missingList() : ""));
            return report;
        } finally {
            ObjectSource.closeQuietly(obs);
            if (own != null) {
                own.close();
            }
        }
    }

    /** {@code Cannot connect to ModelArts: a; b}: a list of problems as the reason of an unchecked line. */
    private static String oneLine(String message) {
        String[] parts = message.split("\n  - ");
        StringBuilder line = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            line.append(i == 1 ? " " : "; ").append(parts[i]);
        }
        return line.toString().replace('\n', ' ');
    }
}
