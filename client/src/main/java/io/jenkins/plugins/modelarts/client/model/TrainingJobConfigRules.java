package io.jenkins.plugins.modelarts.client.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented rules of a v1 training job {@code config} (seed 000), shared by job creation
 * ({@code config.} prefix) and training job configurations (fields at the top level, no prefix).
 */
final class TrainingJobConfigRules {
    private static final String DATA_SOURCES = "data_url, dataset_id + dataset_version_id, or data_source";
    /** {@code bash [-x] /home/work/run_train.sh python /home/work/user-job-dir/app/train.py ...} (seeds 000, 003). */
    static final Pattern USER_COMMAND = Pattern.compile("bash(\\s+-[A-Za-z]+)*\\s+/home/work/run_train\\.sh(\\s.*)?", Pattern.DOTALL);
    static final String USER_COMMAND_FORM = "bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py {python_file_parameter}";

    private final String prefix;
    private final List<String> problems = new ArrayList<>();

    TrainingJobConfigRules(String prefix) {
        this.prefix = prefix;
    }

    List<String> problems(TrainingJobConfig c) {
        workers(c.workerServerNum());
        dataSource(c);
        resources(c);
        algorithm(c);
        obsPath("data_url", c.dataUrl(), false);
        obsPath("train_url", c.trainUrl(), false);
        obsPath("log_url", c.logUrl(), false);
        parameters(c.parameter());
        volumes(c.volumes(), c.poolId());
        customImage(c.userImageUrl(), c.userCommand());
        return List.copyOf(problems);
    }

    private String f(String field) {
        return prefix + field;
    }

    private void add(String problem) {
        problems.add(problem);
    }

    private void workers(Integer n) {
        if (n == null) {
            add(f("worker_server_num") + " is required: the number of workers, at least 1");
        } else if (n < 1) {
            add(f("worker_server_num") + " is " + n + ": expected at least 1");
        }
    }

    private void dataSource(TrainingJobConfig c) {
        boolean url = c.dataUrl() != null;
        boolean dataset = c.datasetId() != null || c.datasetVersionId() != null;
        boolean sources = c.dataSource() != null && !c.dataSource().isEmpty();
        int kinds = (url ? 1 : 0) + (dataset ? 1 : 0) + (sources ? 1 : 0);
        if (kinds == 0) {
            add(where() + "no data source is set: set exactly one of " + DATA_SOURCES);
        } else if (kinds > 1) {
            List<String> set = new ArrayList<>();
            if (url) {
                set.add(f("data_url"));
            }
            if (dataset) {
                set.add(f("dataset_id") + "/" + "dataset_version_id");
            }
            if (sources) {
                set.add(f("data_source"));
            }
            add(String.join(" and ", set) + " are set together: set exactly one of " + DATA_SOURCES);
        }
        if (c.datasetId() != null && c.datasetVersionId() == null) {
            add(f("dataset_version_id") + " is required with " + f("dataset_id"));
        } else if (c.datasetId() == null && c.datasetVersionId() != null) {
            add(f("dataset_id") + " is required with " + f("dataset_version_id"));
        }
        if (c.dataSource() != null) {
            for (int i = 0; i < c.dataSource().size(); i++) {
                dataSourceEntry(f("data_source[" + i + "]"), c.dataSource().get(i));
            }
            dataSourceKinds(c.dataSource());
        }
    }

    /** The entries of {@code data_source} are all OBS or all dataset entries, never both. */
    private void dataSourceKinds(List<DataSource> entries) {
        Set<String> types = new LinkedHashSet<>();
        entries.stream().filter(Objects::nonNull).map(DataSource::type)
                .filter(t -> DataSource.TYPE_OBS.equals(t) || DataSource.TYPE_DATASET.equals(t)).forEach(types::add);
        if (types.size() > 1) {
            add(f("data_source") + " mixes obs and dataset entries: use entries of one type only");
        }
    }

    private void customImage(String image, String command) {
        if (command == null) {
            return;
        }
        if (image == null || image.isBlank()) {
            add(f("user_command") + " is set without " + f("user_image_url") + ": a boot command is for a custom image");
        }
        if (!USER_COMMAND.matcher(command.strip()).matches()) {
            add(f("user_command") + " must start the job through run_train.sh: " + USER_COMMAND_FORM);
        }
    }

    private void dataSourceEntry(String at, DataSource d) {
        if (d == null) {
            add(at + " is null: expected {type: obs, data_url} or {type: dataset, dataset_id, dataset_version}");
            return;
        }
        if (DataSource.TYPE_OBS.equals(d.type())) {
            if (d.dataUrl() == null) {
                add(at + ".data_url is required when type is obs");
            } else {
                obsPathAt(at + ".data_url", d.dataUrl(), false);
            }
            if (d.datasetId() != null || d.datasetVersion() != null) {
                add(at + ": dataset_id and dataset_version must be left out when type is obs");
            }
        } else if (DataSource.TYPE_DATASET.equals(d.type())) {
            if (d.datasetId() == null) {
                add(at + ".dataset_id is required when type is dataset");
            }
            if (d.datasetVersion() == null) {
                add(at + ".dataset_version is required when type is dataset");
            }
            if (d.dataUrl() != null) {
                add(at + ".data_url must be left out when type is dataset");
            }
        } else if (d.type() == null) {
            add(at + ".type is required: obs or dataset");
        } else {
            add(at + ".type '" + d.type() + "' is not valid: expected obs or dataset");
        }
    }

    private void resources(TrainingJobConfig c) {
        if (c.specId() != null && c.poolId() != null) {
            add(f("spec_id") + " and " + f("pool_id") + " are both set: set exactly one"
                    + " (spec_id for the public pool, pool_id for a dedicated pool)");
        } else if (c.specId() == null && (c.poolId() == null || c.poolId().isBlank())) {
            add(where() + "neither spec_id nor pool_id is set: set spec_id for the public pool"
                    + " or pool_id for a dedicated pool");
        }
        positive("spec_id", c.specId());
        positive("engine_id", c.engineId());
        positive("model_id", c.modelId());
    }

    private void algorithm(TrainingJobConfig c) {
        if (c.modelId() != null) {
            leftOutWithModel("app_url", c.appUrl());
            leftOutWithModel("boot_file_url", c.bootFileUrl());
            leftOutWithModel("engine_id", c.engineId());
            return;
        }
        if (c.appUrl() == null) {
            add(f("app_url") + " is required unless " + f("model_id") + " is set: the code directory, /bucket/code/");
        }
        if (c.bootFileUrl() == null) {
            add(f("boot_file_url") + " is required unless " + f("model_id")
                    + " is set: the boot file, /bucket/code/train.py");
        }
        boolean appOk = obsPath("app_url", c.appUrl(), false);
        boolean bootOk = obsPath("boot_file_url", c.bootFileUrl(), true);
        if (appOk && bootOk && c.appUrl() != null && c.bootFileUrl() != null
                && !ObsPaths.isUnder(c.bootFileUrl(), c.appUrl())) {
            add(f("boot_file_url") + " '" + c.bootFileUrl() + "' must lie inside " + f("app_url") + " '" + c.appUrl() + "'");
        }
    }

    private void leftOutWithModel(String field, Object value) {
        if (value != null) {
            add(f(field) + " must be left out when " + f("model_id")
                    + " is set: a built-in algorithm brings its own code and engine");
        }
    }

    private void parameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            String at = f("parameter[" + i + "]");
            Parameter p = parameters.get(i);
            if (p == null) {
                add(at + " is null: expected {label, value}");
            } else if (p.label() == null || p.label().isBlank()) {
                add(at + ".label is blank: every parameter needs a name");
            } else {
                Integer first = seen.putIfAbsent(p.label(), i);
                if (first != null) {
                    add(at + ".label '" + p.label() + "' repeats " + f("parameter[" + first + "]") + ": labels must be unique");
                }
            }
        }
    }

    private void volumes(List<Volume> volumes, String poolId) {
        if (volumes == null) {
            return;
        }
        for (int i = 0; i < volumes.size(); i++) {
            String at = f("volumes[" + i + "]");
            Volume v = volumes.get(i);
            if (v == null || (v.nfs() == null) == (v.hostPath() == null)) {
                add(at + " must set exactly one of nfs or host_path");
                continue;
            }
            if (v.nfs() != null) {
                required(at + ".nfs.id", v.nfs().id());
                required(at + ".nfs.src_path", v.nfs().srcPath());
                containerPath(at + ".nfs.dest_path", v.nfs().destPath());
            } else {
                if (poolId == null || poolId.isBlank()) {
                    add(at + ".host_path is only for a dedicated resource pool: set " + f("pool_id")
                            + " (not spec_id), or use an nfs volume");
                }
                required(at + ".host_path.src_path", v.hostPath().srcPath());
                containerPath(at + ".host_path.dest_path", v.hostPath().destPath());
            }
        }
    }

    private void containerPath(String field, String value) {
        if (required(field, value) && !value.startsWith("/")) {
            add(field + " '" + value + "' must be an absolute path in the container, such as /home/work/nas");
        }
    }

    private boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field + " is required");
            return false;
        }
        return true;
    }

    private void positive(String field, Long value) {
        if (value != null && value <= 0) {
            add(f(field) + " is " + value + ": expected a positive id");
        }
    }

    /** True when absent or valid. */
    private boolean obsPath(String field, String value, boolean file) {
        return value == null || obsPathAt(f(field), value, file);
    }

    private boolean obsPathAt(String field, String value, boolean file) {
        String problem = ObsPaths.problem(field, value, file);
        if (problem != null) {
            add(problem);
        }
        return problem == null;
    }

    /** "config: " for a job's config, "" at the top level of a configuration. */
    private String where() {
        return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + ": ";
    }
}
