package io.jenkins.plugins.modelarts.jenkins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withCredentials([modelartsKeys(credentialsId: 'id')]) { ... }}: the access key, secret key
 * and (for temporary credentials) security token of a {@link ModelArtsCredentials} as environment
 * variables, by default the names the Huawei Cloud SDKs and the {@code modelarts} CLI read. All three
 * are masked in the build log. Needs no workspace.
 */
public class ModelArtsKeysBinding extends MultiBinding<ModelArtsCredentials> {
    public static final String DEFAULT_ACCESS_KEY_VARIABLE = "HUAWEICLOUD_SDK_AK";
    public static final String DEFAULT_SECRET_KEY_VARIABLE = "HUAWEICLOUD_SDK_SK";
    public static final String DEFAULT_SECURITY_TOKEN_VARIABLE = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    private String accessKeyVariable = DEFAULT_ACCESS_KEY_VARIABLE;
    private String secretKeyVariable = DEFAULT_SECRET_KEY_VARIABLE;
    private String securityTokenVariable = DEFAULT_SECURITY_TOKEN_VARIABLE;

    @DataBoundConstructor
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
        return new MultiEnvironment(values(getCredentials(build)));
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
