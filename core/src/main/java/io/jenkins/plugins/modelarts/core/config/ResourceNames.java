package io.jenkins.plugins.modelarts.core.config;

/**
 * The SDK's names for what a job runs on and with, each optional: a flavor code
 * ({@code train_instance_type}, e.g. {@code modelarts.vm.gpu.p100}) for {@code spec_id}, a framework
 * type and version ({@code framework_type}, {@code framework_version}) for {@code engine_id}, and a
 * built-in algorithm's name ({@code model_name}) for {@code model_id}. Resolve them with
 * {@link NameResolver}.
 */
public record ResourceNames(String flavor, String frameworkType, String frameworkVersion, String modelName) {

    public static ResourceNames none() {
        return new ResourceNames(null, null, null, null);
    }

    public boolean isEmpty() {
        return flavor == null && frameworkType == null && frameworkVersion == null && modelName == null;
    }
}
