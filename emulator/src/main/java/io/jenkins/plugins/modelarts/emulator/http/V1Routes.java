package io.jenkins.plugins.modelarts.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import io.jenkins.plugins.modelarts.emulator.service.Catalog;
import io.jenkins.plugins.modelarts.emulator.service.JobConfigService;
import io.jenkins.plugins.modelarts.emulator.service.V1Service;
import java.util.List;

/** Routes {@code /v1/{project_id}/...} to the v1 services. Only routing and parameter reading. */
final class V1Routes {
    private final V1Service jobs;
    private final JobConfigService configs;

    V1Routes(V1Service jobs, JobConfigService configs) {
        this.jobs = jobs;
        this.configs = configs;
    }

    /** {@code s} are the segments after the project id. */
    JsonNode route(Request r, List<String> s) {
        String m = r.method();
        int n = s.size();
        if (n >= 1 && s.get(0).equals("training-jobs")) {
            return trainingJobs(r, s, m, n);
        }
        if (n >= 1 && s.get(0).equals("training-job-configs")) {
            return jobConfigs(r, s, m, n);
        }
        if (n == 2 && s.get(0).equals("job") && m.equals("GET")) {
            if (s.get(1).equals("resource-specs")) {
                return Catalog.specsAnswer();
            }
            if (s.get(1).equals("ai-engines")) {
                return Catalog.enginesAnswer();
            }
        }
        if (n == 1 && s.get(0).equals("built-in-algorithms") && m.equals("GET")) {
            return Catalog.algorithmsAnswer();
        }
        throw EmulatorException.noRoute(m, r.rawPath());
    }

    private JsonNode trainingJobs(Request r, List<String> s, String m, int n) {
        if (n == 1 && m.equals("POST")) {
            return jobs.create(r.json());
        }
        if (n == 1 && m.equals("GET")) {
            return jobs.list(r.intQuery("status", null), r.intQuery("per_page", 10), r.intQuery("page", 1),
                    r.query().get("sortBy"), r.query().get("order"), blankToNull(r.query().get("search_content")));
        }
        long jobId = r.longSegment(r.segments().size() - n + 1);
        if (n == 2 && m.equals("DELETE")) {
            return jobs.deleteJob(jobId);
        }
        if (n == 3 && s.get(2).equals("versions")) {
            if (m.equals("POST")) {
                return jobs.createVersion(jobId, r.json());
            }
            if (m.equals("GET")) {
                return jobs.versions(jobId, r.intQuery("per_page", 10), r.intQuery("page", 0));
            }
        }
        if (n >= 4 && s.get(2).equals("versions")) {
            long versionId = r.longSegment(r.segments().size() - n + 3);
            String rest = String.join("/", s.subList(4, n));
            switch (m + " " + rest) {
                case "GET ":
                    return jobs.version(jobId, versionId);
                case "DELETE ":
                    return jobs.deleteVersion(jobId, versionId);
                case "POST stop":
                    return jobs.stop(jobId, versionId);
                case "GET log/file-names":
                    return jobs.logFileNames(jobId, versionId);
                case "GET aom-log":
                    return jobs.aomLog(jobId, versionId, required(r, "log_file"), r.intQuery("lines", 50),
                            r.query().get("base_line"), r.query().getOrDefault("order", "desc"));
                default:
                    break;
            }
        }
        throw EmulatorException.noRoute(m, r.rawPath());
    }

    private JsonNode jobConfigs(Request r, List<String> s, String m, int n) {
        if (n == 1 && m.equals("POST")) {
            return configs.create(r.json());
        }
        if (n == 1 && m.equals("GET")) {
            return configs.list(new JobConfigService.ListQuery(r.intQuery("per_page", 10), r.intQuery("page", 1),
                    r.query().get("sortBy"), r.query().get("order"), blankToNull(r.query().get("search_content")),
                    r.query().get("config_type")));
        }
        if (n == 2) {
            String name = s.get(1);
            switch (m) {
                case "GET":
                    return configs.get(name, r.query().get("config_type"));
                case "PUT":
                    return configs.update(name, r.json());
                case "DELETE":
                    return configs.delete(name);
                default:
                    break;
            }
        }
        throw EmulatorException.noRoute(m, r.rawPath());
    }

    private static String required(Request r, String name) {
        String v = r.query().get(name);
        if (v == null || v.isEmpty()) {
            throw EmulatorException.invalidV1(name + " is required");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
