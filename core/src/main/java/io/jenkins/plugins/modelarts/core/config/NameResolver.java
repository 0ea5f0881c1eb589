package io.jenkins.plugins.modelarts.core.config;

import io.jenkins.plugins.modelarts.client.ResourceCatalog;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.AiEngine;
import io.jenkins.plugins.modelarts.client.model.BuiltInAlgorithm;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns {@link ResourceNames} into the ids a v1 job takes, as the vendor's SDK does: flavor code →
 * {@code spec_id} (resource-specs), framework type + version → {@code engine_id} (ai-engines;
 * the version may be left out when the type has one version), model name → {@code model_id}
 * (built-in-algorithms). Then {@code worker_server_num} is checked against the flavor's
 * {@code max_num}. Each list is read only when a name needs it (and the flavors also when a
 * {@code spec_id} is to be checked). Every problem is reported at once, naming the choices there are,
 * in a {@link RequestValidationException}.
 */
public final class NameResolver {
    public static final String WHAT = "Training job request";

    private final ResourceCatalog catalog;

    public NameResolver(ResourceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog == null");
    }

    /**
     * {@code config} with the named ids set by the {@link ConfigOverrides} rules (a flavor replaces
     * {@code spec_id} and {@code pool_id}, a model name the code and engine), and, when it has a
     * {@code spec_id}, its workers checked against that flavor's {@code max_num}.
     */
    public TrainingJobConfig resolve(TrainingJobConfig config, ResourceNames names) {
        List<String> problems = new ArrayList<>();
        TrainingJobConfig.Builder out = TrainingJobConfig.builder();
        List<ResourceSpec> specs = null;
        if (names.flavor() != null) {
            specs = catalog.resourceSpecs();
            ResourceSpec spec = specs.stream().filter(s -> names.flavor().equals(s.specCode())).findFirst().orElse(null);
            if (spec == null) {
                problems.add("flavor '" + names.flavor() + "' does not exist: choose one of " + choices(specs.stream().map(ResourceSpec::specCode).toList()));
            } else {
                out.specId(spec.specId());
            }
        }
        if (names.frameworkType() != null || names.frameworkVersion() != null) {
            engine(names, problems).ifPresent(out::engineId);
        }
        if (names.modelName() != null) {
            List<BuiltInAlgorithm> models = catalog.builtInAlgorithms();
            models.stream().filter(m -> names.modelName().equals(m.modelName())).findFirst().ifPresentOrElse(
                    m -> out.modelId(m.modelId()),
                    () -> problems.add("model '" + names.modelName() + "' is not a built-in algorithm: choose one of "
                            + choices(models.stream().map(BuiltInAlgorithm::modelName).toList())));
        }
        TrainingJobConfig resolved = ConfigOverrides.apply(config, out.build()); // ids replace as overrides do
        if (problems.isEmpty() && resolved.specId() != null && resolved.workerServerNum() != null) {
            workers(resolved, specs == null ? catalog.resourceSpecs() : specs, problems);
        }
        if (!problems.isEmpty()) {
            throw new RequestValidationException(WHAT, problems);
        }
        return resolved;
    }

    private Optional<Long> engine(ResourceNames names, List<String> problems) {
        if (names.frameworkType() == null) {
            problems.add("framework version '" + names.frameworkVersion() + "' needs a framework type");
            return Optional.empty();
        }
        List<AiEngine> engines = catalog.aiEngines();
        List<AiEngine> ofType = engines.stream().filter(e -> names.frameworkType().equals(e.engineName())).toList();
        if (ofType.isEmpty()) {
            problems.add("framework '" + names.frameworkType() + "' does not exist: choose one of "
                    + choices(engines.stream().map(AiEngine::engineName).toList()));
            return Optional.empty();
        }
        List<String> versions = ofType.stream().map(AiEngine::engineVersion).toList();
        if (names.frameworkVersion() == null) {
            if (ofType.size() == 1) {
                return Optional.of(ofType.get(0).engineId());
            }
            problems.add("framework '" + names.frameworkType() + "' has several versions: choose one of " + choices(versions));
            return Optional.empty();
        }
        Optional<Long> id = ofType.stream().filter(e -> names.frameworkVersion().equals(e.engineVersion()))
                .map(AiEngine::engineId).findFirst();
        if (id.isEmpty()) {
            problems.add("framework '" + names.frameworkType() + "' has no version '" + names.frameworkVersion()
                    + "': choose one of " + choices(versions));
        }
        return id;
    }

    private static void workers(TrainingJobConfig config, List<ResourceSpec> specs, List<String> problems) {
        specs.stream().filter(s -> config.specId().equals(s.specId())).findFirst().ifPresentOrElse(spec -> {
            if (spec.maxNum() != null && config.workerServerNum() > spec.maxNum()) {
                problems.add("worker_server_num " + config.workerServerNum() + " is more than flavor " + spec.specCode()
                        + " allows: at most " + spec.maxNum());
            }
        }, () -> problems.add("spec_id " + config.specId() + " is not a training flavor: choose one of "
                + choices(specs.stream().map(s -> s.specId() + " (" + s.specCode() + ")").toList())));
    }

    private static String choices(List<String> names) {
        TreeSet<String> sorted = new TreeSet<>();
        names.stream().filter(Objects::nonNull).forEach(sorted::add);
        return sorted.isEmpty() ? "(none available)" : String.join(", ", sorted);
    }
}
