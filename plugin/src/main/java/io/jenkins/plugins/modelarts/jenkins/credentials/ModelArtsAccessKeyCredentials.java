package io.jenkins.plugins.modelarts.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.Secret;
import java.util.Objects;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.CapturedParameterNames;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/** The stored form of {@link ModelArtsCredentials}: "ModelArts access key" in the credentials UI. */
public class ModelArtsAccessKeyCredentials extends BaseStandardCredentials implements ModelArtsCredentials {
    private static final long serialVersionUID = 1L;

    private final String accessKeyId;
    private final Secret secretKey;
    private Secret securityToken;

    @DataBoundConstructor
    @CapturedParameterNames({"scope", "id", "description", "accessKeyId", "secretKey"})
    public ModelArtsAccessKeyCredentials(@CheckForNull CredentialsScope scope, @CheckForNull String id,
            @CheckForNull String description, @NonNull String accessKeyId, @NonNull Secret secretKey) {
        super(scope, id, description);
        this.accessKeyId = Objects.requireNonNull(Util.fixEmptyAndTrim(accessKeyId), "accessKeyId is required");
        this.secretKey = Objects.requireNonNull(secretKey, "secretKey is required");
    }

    @NonNull
    @Override
    public String getAccessKeyId() {
        return accessKeyId;
    }

    @NonNull
    @Override
    public Secret getSecretKey() {
        return secretKey;
    }

    @CheckForNull
    @Override
    public Secret getSecurityToken() {
        return securityToken;
    }

    /** For temporary credentials from IAM: the token sent with every signed request. */
    @DataBoundSetter
    public void setSecurityToken(@CheckForNull Secret securityToken) {
        this.securityToken = securityToken == null || securityToken.getPlainText().isEmpty() ? null : securityToken;
    }

    @Extension
    @Symbol("modelartsAccessKey")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return "ModelArts access key (AK/SK)";
        }

        /** Checks the shape only: a Huawei Cloud access key id is 20 upper-case letters and digits. */
        public FormValidation doCheckAccessKeyId(@QueryParameter String value) {
            String ak = Util.fixEmptyAndTrim(value);
            if (ak == null) {
                return FormValidation.error("The access key id is required");
            }
            if (!ak.matches("[A-Z0-9]{16,40}")) {
                return FormValidation.warning("Huawei Cloud access key ids are upper-case letters and digits, usually 20");
            }
            return FormValidation.ok();
        }
    }
}
