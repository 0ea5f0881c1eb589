package io.jenkins.plugins.modelarts.jenkins.steps;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.core.cache.TrainingCache;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.preflight.PreflightReport;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * {@code modelartsTrain(dryRun: true)}: builds the request as the step would (the configuration read
 * and names resolved, the training cache looked up), prints it and returns it, and creates nothing; then
 * the pre-flight ({@link TrainPreflight}, unless {@code preflight: false}), whose checks the value carries
 * and which fails the step when something is missing.
 * Only reads, so after a restart it simply runs again.
 */
final class TrainDryRun extends CallExecution {
    private static final long serialVersionUID = 1L;
    private final TrainingDefinition definition;
    private final String jobName;

    TrainDryRun(StepContext context, Connection connection, TrainingDefinition definition, String jobName) {
        super(context, connection);
        this.definition = definition;
        this.jobName = jobName;
    }

    @Override
    protected Object call(ModelArtsClient client) throws Exception {
        TrainingJobs jobs = new TrainingJobs(client);
        JobSpec spec = definition.toSpec(jobName, client);
        TrainingCache.Lookup lookup = definition.cacheLookup(jobs, spec, runtime().clock(), log());
        JobSpec sent = lookup.isReused() ? spec : lookup.toCreate();
        String api = sent.api();
        String request = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(sent.requestBody());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("dryRun", true);
        value.put("api", api);
        value.put("jobName", jobName);
        value.put("request", request);
        value.put("reuses", lookup.isReused() ? reference(lookup.reused().snapshot().ref()) : null);
        if (lookup.isReused()) {
            log().println(ConsoleText.safe("Dry run: nothing was created; with reuse this build would return the earlier job: "
                    + lookup.reused().message()));
            value.put("preflight", null);
            return value;
        }
        log().println(ConsoleText.safe("Dry run: the " + api + " request is valid; nothing was sent. Without dryRun it"
                + " creates ModelArts training job " + jobName + ":"));
        request.lines().forEach(line -> log().println(ConsoleText.safeLogLine(line)));
        PreflightReport report = definition.runsPreflight(true)
                ? TrainPreflight.run(runtime().clients(), connection, run(), client, sent, log())
                : null;
        if (report != null && report.hasMissing()) {
            throw TrainPreflight.refusal(report, jobName, true);
        }
        value.put("preflight", report == null ? null : new ArrayList<>(report.toMaps()));
        return value;
    }

    private static Map<String, Object> reference(JobRef ref) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("jobId", ref.jobId());
        job.put("versionId", ref.versionId());
        return job;
    }

    @Override
    protected String describe() {
        return "checking ModelArts training job " + jobName + " (dry run)";
    }
}
