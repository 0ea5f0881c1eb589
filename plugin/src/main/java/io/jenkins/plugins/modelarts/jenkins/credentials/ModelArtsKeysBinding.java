package io.jenkins.plugins.modelarts.jenkins.credentials;

import io.jenkins.plugins.modelarts.core.env.ConnectionVariables;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.modelarts.jenkins.connection.ConnectionDefaults;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsRuntime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withCredentials([modelartsKeys(credentialsId: 'id')]) { ... }}: the access key, secret key
 * and (for temporary credentials) security token of a {@link ModelArtsCredentials} as environment
 * variables, by default the names the Huawei Cloud SDKs and the {@code modelarts} CLI read. All three
 * are masked in the build log. Beside them, so that the CLI has everything it needs, the global
 * configuration's region, project id and endpoint (those that are set) as
 * {@code HUAWEICLOUD_SDK_REGION}, {@code HUAWEICLOUD_SDK_PROJECT_ID} and {@code MODELARTS_ENDPOINT},
 * not masked (they are not secrets); a {@code withEnv} inside the block sets other values. Needs no workspace.
 */
public class ModelArtsKeysBinding extends MultiBinding<ModelArtsCredentials> {
    public static final String DEFAULT_ACCESS_KEY_VARIABLE = ConnectionVariables.ACCESS_KEY;
    public static final String DEFAULT_SECRET_KEY_VARIABLE = ConnectionVariables.SECRET_KEY;
    public static final String DEFAULT_SECURITY_TOKEN_VARIABLE = ConnectionVariables.SECURITY_TOKEN;
    public static final String REGION_VARIABLE = ConnectionVariables.REGION;
    public static final String PROJECT_ID_VARIABLE = ConnectionVariables.PROJECT_ID;
    public static final String ENDPOINT_VARIABLE = ConnectionVariables.ENDPOINT;

    private String accessKeyVariable = DEFAULT_ACCESS_KEY_VARIABLE;
    private String secretKeyVariable = DEFAULT_SECRET_KEY_VARIABLE;
    private String securityTokenVariable = DEFAULT_SECURITY_TOKEN_VARIABLE;

    @DataBoundConstructor
    @CapturedParameterNames("credentialsId")
    public ModelArtsKeysBinding(String credentialsId) {
        super(credentialsId);
    }

    public String getAccessKeyVariable() {
        return accessKeyVariable;
    }

    @DataBoundSetter
    public void setAccessKeyVariable(String name) {
        this.accessKeyVariable = orDefault(name, DEFAULT_ACCESS_KEY_VARIABLE);
    }

    public String getSecretKeyVariable() {
        return secretKeyVariable;
    }

    @DataBoundSetter
    public void setSecretKeyVariable(String name) {
        this.secretKeyVariable = orDefault(name, DEFAULT_SECRET_KEY_VARIABLE);
    }

    public String getSecurityTokenVariable() {
        return securityTokenVariable;
    }

    @DataBoundSetter
    public void setSecurityTokenVariable(String name) {
        this.securityTokenVariable = orDefault(name, DEFAULT_SECURITY_TOKEN_VARIABLE);
    }

    @Override
    protected Class<ModelArtsCredentials> type() {
        return ModelArtsCredentials.class;
    }

    @Override
    public MultiEnvironment bind(@NonNull Run<?, ?> build, @Nullable FilePath workspace, @Nullable Launcher launcher,
            @NonNull TaskListener listener) throws java.io.IOException, InterruptedException {
        Map<String, String> secrets = values(getCredentials(build));
        Map<String, String> settings = connectionValues(ModelArtsRuntime.get().defaults());
        settings.keySet().removeAll(secrets.keySet());
        if (ModelArtsRuntime.get().defaults().emulator()) {
            listener.getLogger().println("modelartsKeys: the global configuration uses the embedded ModelArts emulator,"
                    + " which lives inside the controller: no endpoint or project id is exported; set "
                    + ENDPOINT_VARIABLE + " and " + PROJECT_ID_VARIABLE + " with withEnv for a ModelArts the agent reaches");
        }
        return new MultiEnvironment(secrets, settings);
    }

    /**
     * The global configuration's connection settings the {@code modelarts} CLI reads, those that are set;
     * none for the embedded emulator, which lives inside the controller.
     */
    static Map<String, String> connectionValues(ConnectionDefaults defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        if (defaults.emulator()) {
            return values;
        }
        putIfSet(values, REGION_VARIABLE, defaults.region());
        putIfSet(values, PROJECT_ID_VARIABLE, defaults.projectId());
        putIfSet(values, ENDPOINT_VARIABLE, defaults.endpoint());
        return values;
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        String v = Util.fixEmptyAndTrim(value);
        if (v != null) {
            values.put(name, v);
        }
    }

    /** The variables and their values; every value is a secret to mask. */
    Map<String, String> values(ModelArtsCredentials keys) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(accessKeyVariable, keys.getAccessKeyId());
        values.put(secretKeyVariable, keys.getSecretKey().getPlainText());
        Secret token = keys.getSecurityToken();
        if (token != null) {
            values.put(securityTokenVariable, token.getPlainText());
        }
        return values;
    }

    /** The names of the variables this binding sets; all of them hold secrets, masked in the log. */
    @Override
    public Set<String> variables(@NonNull Run<?, ?> build) {
        return new LinkedHashSet<>(java.util.List.of(accessKeyVariable, secretKeyVariable, securityTokenVariable));
    }

    private static String orDefault(String name, String fallback) {
        String trimmed = Util.fixEmptyAndTrim(name);
        return trimmed == null ? fallback : trimmed;
    }

    @Extension
    @Symbol("modelartsKeys")
    public static class DescriptorImpl extends BindingDescriptor<ModelArtsCredentials> {
        @Override
        protected Class<ModelArtsCredentials> type() {
            return ModelArtsCredentials.class;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "ModelArts access key and secret key";
        }

        @Override
        public boolean requiresWorkspace() {
            return false;
        }
    }
}
