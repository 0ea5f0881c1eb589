package io.jenkins.plugins.modelarts.client.model;

import java.util.List;

/**
 * The catalog answers as lists that are never null: v1 flavors, engines, built-in algorithms and v2
 * training job flavors.
 */
public final class ResourceCatalogLists {
    private ResourceCatalogLists() {}

    /** {@code {"is_success": true, "spec_total_count": 2, "specs": [...]}}. */
    public record Specs(Boolean isSuccess, List<ResourceSpec> specs) {
        public Specs {
            specs = specs == null ? List.of() : List.copyOf(specs);
        }
    }

    /** {@code {"is_success": true, "engines": [...]}}. */
    public record Engines(Boolean isSuccess, List<AiEngine> engines) {
        public Engines {
            engines = engines == null ? List.of() : List.copyOf(engines);
        }
    }

    /** {@code {"is_success": true, "model_total_count": 1, "models": [...]}}. */
    public record Algorithms(Boolean isSuccess, List<BuiltInAlgorithm> models) {
        public Algorithms {
            models = models == null ? List.of() : List.copyOf(models);
        }
    }

    /** {@code {"total_count": 2, "flavors": [...]}}. */
    public record Flavors(Integer totalCount, List<TrainingJobFlavor> flavors) {
        public Flavors {
            flavors = flavors == null ? List.of() : List.copyOf(flavors);
        }
    }
}
