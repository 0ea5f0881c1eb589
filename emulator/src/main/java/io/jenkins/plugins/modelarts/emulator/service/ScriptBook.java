package io.jenkins.plugins.modelarts.emulator.service;

import io.jenkins.plugins.modelarts.emulator.JobScript;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Which {@link JobScript} a new job gets: a name pattern's, else the default, then the job's own steering parameters. */
public final class ScriptBook {
    private volatile JobScript defaultScript = JobScript.defaults();
    private final Map<String, JobScript> byPattern = new LinkedHashMap<>();

    public void setDefault(JobScript script) {
        defaultScript = Objects.requireNonNull(script, "script == null");
    }

    /** {@code pattern} is a job name or a glob with {@code *}. Later patterns win. */
    public synchronized void put(String pattern, JobScript script) {
        byPattern.put(pattern, Objects.requireNonNull(script, "script == null"));
    }

    public synchronized JobScript scriptFor(String jobName, Map<String, String> parameters) {
        JobScript chosen = defaultScript;
        for (Map.Entry<String, JobScript> e : byPattern.entrySet()) {
            if (glob(e.getKey()).matcher(jobName).matches()) {
                chosen = e.getValue();
            }
        }
        return chosen.steeredBy(parameters);
    }

    public synchronized void clear() {
        byPattern.clear();
        defaultScript = JobScript.defaults();
    }

    private static Pattern glob(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
