package io.jenkins.plugins.modelarts.core.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.DataSource;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One OBS location a create request points to, and what must hold for it: a folder with something
 * under it (data, code), an object (the boot file), or only a bucket (outputs and logs, which the
 * job writes: they need not exist yet).
 */
record ObsTarget(String what, String path, Kind kind) {
    enum Kind {
        FOLDER,
        OBJECT,
        BUCKET
    }

    /** The request's OBS locations, in field order. */
    static List<ObsTarget> of(JobSpec spec) {
        List<ObsTarget> out = new ArrayList<>();
        if (spec instanceof JobSpec.V1 v1) {
            v1(v1.request(), out);
        } else {
            v2(spec.requestBody(), out);
        }
        return out;
    }

    private static void v1(CreateTrainingJobRequest request, List<ObsTarget> out) {
        TrainingJobConfig c = request.config();
        if (c == null) {
            return;
        }
        add(out, "config.data_url", c.dataUrl(), Kind.FOLDER);
        if (c.dataSource() != null) {
            for (int i = 0; i < c.dataSource().size(); i++) {
                DataSource source = c.dataSource().get(i);
                if (source != null && DataSource.TYPE_OBS.equals(source.type())) {
                    add(out, "config.data_source[" + i + "].data_url", source.dataUrl(), Kind.FOLDER);
                }
            }
        }
        add(out, "config.app_url", c.appUrl(), Kind.FOLDER);
        add(out, "config.boot_file_url", c.bootFileUrl(), Kind.OBJECT);
        add(out, "config.train_url", c.trainUrl(), Kind.BUCKET);
        add(out, "config.log_url", c.logUrl(), Kind.BUCKET);
    }

    private static void v2(JsonNode body, List<ObsTarget> out) {
        JsonNode algorithm = body.path("algorithm");
        add(out, "algorithm.code_dir", text(algorithm.path("code_dir")), Kind.FOLDER);
        add(out, "algorithm.boot_file", text(algorithm.path("boot_file")), Kind.OBJECT);
        channels(out, algorithm.path("inputs"), "algorithm.inputs", Kind.FOLDER);
        channels(out, algorithm.path("outputs"), "algorithm.outputs", Kind.BUCKET);
        add(out, "spec.log_export_path.obs_url", text(body.path("spec").path("log_export_path").path("obs_url")), Kind.BUCKET);
    }

    private static void channels(List<ObsTarget> out, JsonNode list, String field, Kind kind) {
        for (int i = 0; i < list.size(); i++) {
            add(out, field + "[" + i + "].remote.obs.obs_url", text(list.path(i).path("remote").path("obs").path("obs_url")), kind);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static void add(List<ObsTarget> out, String what, String path, Kind kind) {
        if (path != null && !path.isBlank()) {
            out.add(new ObsTarget(what, path, kind));
        }
    }
}
