package io.jenkins.plugins.modelarts.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.Permission;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import jenkins.model.CauseOfInterruption;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.junit.jupiter.api.Test;

class WorkingMembersTest {

    @Test
    void resultsAreOrderedAndCombineLikeCore() throws Exception {
        assertThat(List.of(Result.SUCCESS, Result.UNSTABLE, Result.FAILURE, Result.NOT_BUILT, Result.ABORTED))
                .extracting(r -> r.ordinal).containsExactly(0, 1, 2, 3, 4);
        assertThat(Result.UNSTABLE.isWorseThan(Result.SUCCESS)).isTrue();
        assertThat(Result.UNSTABLE.isWorseOrEqualTo(Result.UNSTABLE)).isTrue();
        assertThat(Result.SUCCESS.isBetterThan(Result.FAILURE)).isTrue();
        assertThat(Result.FAILURE.isBetterOrEqualTo(Result.UNSTABLE)).isFalse();
        assertThat(Result.SUCCESS.combine(Result.FAILURE)).isSameAs(Result.FAILURE);
        assertThat(Result.combine(null, Result.UNSTABLE)).isSameAs(Result.UNSTABLE);
        assertThat(Result.NOT_BUILT.isCompleteBuild()).isFalse();
        assertThat(Result.UNSTABLE.isCompleteBuild()).isTrue();
        assertThat(Result.fromString("aborted")).isSameAs(Result.ABORTED);
        assertThat(Result.fromString("nonsense")).isSameAs(Result.FAILURE);
        assertThat(Result.UNSTABLE).hasToString("UNSTABLE");
        assertThat(roundTrip(Result.UNSTABLE)).isSameAs(Result.UNSTABLE);
    }

    @Test
    void formValidationCarriesKindAndEscapedMessage() {
        assertThat(FormValidation.ok().kind).isEqualTo(FormValidation.Kind.OK);
        FormValidation error = FormValidation.error("bad <id>");
        assertThat(error.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(error.getMessage()).isEqualTo("bad &lt;id&gt;");
        assertThat(error.renderHtml()).isEqualTo("bad &lt;id&gt;");
        assertThat(FormValidation.warning("careful").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(FormValidation.ok("fine").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.error((String) null).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(FormValidation.error(new IOException("x"), "failed %d", 3).getMessage()).isEqualTo("failed 3");
        assertThat(FormValidation.aggregate(List.of(FormValidation.ok(), FormValidation.warning("w"))).kind)
                .isEqualTo(FormValidation.Kind.WARNING);
    }

    @Test
    void listBoxModelIsAWorkingList() {
        ListBoxModel model = new ListBoxModel();
        model.add("Name", "value");
        model.add("both");
        assertThat(model).extracting(o -> o.name + "=" + o.value).containsExactly("Name=value", "both=both");
        assertThat(new ListBoxModel.Option("a", "b", true)).hasToString("a=b[selected]");
    }

    @Test
    void standardListBoxModelAddsEmptyAndCurrentValues() {
        AbstractIdCredentialsListBoxModel<StandardListBoxModel, ?> model = new StandardListBoxModel()
                .includeEmptyValue()
                .includeCurrentValue("old-id");
        assertThat(model).extracting(o -> o.name + "=" + o.value).containsExactly("- none -=", "- current -=old-id");
        assertThat(new StandardListBoxModel().includeCurrentValue("")).extracting(o -> o.value).containsExactly("");
        model.includeEmptyValue().includeCurrentValue("old-id");
        assertThat(model).hasSize(2);
    }

    @Test
    void envVarsIsACaseInsensitiveMapWithOverrides() {
        EnvVars env = new EnvVars("PATH", "/bin", "Home", "/h");
        env.override("PATH+EXTRA", "/opt");
        assertThat(env.get("home")).isEqualTo("/h");
        assertThat(env.get("PATH")).isEqualTo("/opt" + java.io.File.pathSeparatorChar + "/bin");
        assertThat(env.get("MISSING", "dflt")).isEqualTo("dflt");
        assertThatThrownBy(() -> env.put("X", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credentialsKeepTheirIdDescriptionAndScope() {
        BaseStandardCredentials a = new TestCredentials(CredentialsScope.GLOBAL, "id-1", null);
        assertThat(a.getId()).isEqualTo("id-1");
        assertThat(a.getDescription()).isEmpty();
        assertThat(a.getScope()).isSameAs(CredentialsScope.GLOBAL);
        assertThat(a).isEqualTo(new TestCredentials(CredentialsScope.SYSTEM, "id-1", "other"));
        assertThat(new TestCredentials(null, "", "d").getId()).isNotBlank();
    }

    @Test
    void multiEnvironmentKeepsSecretAndPublicValuesApart() {
        MultiBinding.MultiEnvironment env = new MultiBinding.MultiEnvironment(Map.of("SK", "s"), Map.of("REGION", "r"));
        assertThat(env.getSecretValues()).containsExactly(Map.entry("SK", "s"));
        assertThat(env.getPublicValues()).containsExactly(Map.entry("REGION", "r"));
        assertThat(env.getUnbinder()).isNotNull();
        assertThatThrownBy(() -> new MultiBinding.MultiEnvironment(Map.of("K", "1"), Map.of("K", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void permissionConstantsAreDistinctWithRealIds() {
        assertThat(Item.CONFIGURE.getId()).isEqualTo("hudson.model.Item.Configure");
        assertThat(Item.EXTENDED_READ.impliedBy).isSameAs(Item.CONFIGURE);
        assertThat(Jenkins.ADMINISTER.getId()).isEqualTo("hudson.model.Hudson.Administer");
        assertThat(CredentialsProvider.USE_ITEM.getId()).isEqualTo("com.cloudbees.plugins.credentials.CredentialsProvider.UseItem");
        assertThat(List.of(Item.CONFIGURE, Item.READ, Item.EXTENDED_READ, Item.BUILD, Item.CANCEL, Item.DISCOVER,
                Item.WORKSPACE, Jenkins.ADMINISTER, Jenkins.MANAGE, Jenkins.READ, CredentialsProvider.USE_ITEM,
                CredentialsProvider.USE_OWN, CredentialsProvider.VIEW)).doesNotHaveDuplicates();
        assertThat(ACL.SYSTEM2.getName()).isEqualTo("SYSTEM");
        assertThat(Jenkins.ANONYMOUS2.getName()).isEqualTo("anonymous");
    }

    @Test
    void thereIsNoRunningJenkins() {
        assertThat(Jenkins.getInstanceOrNull()).isNull();
        assertThatThrownBy(Jenkins::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullTaskListenerDiscardsOutput() {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (java.io.PrintStream capture = new java.io.PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            TaskListener.NULL.getLogger().println("dropped");
            TaskListener.NULL.error("dropped too").println();
            TaskListener.NULL.getLogger().flush();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(seen.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(TaskListener.NULL.getLogger().checkError()).as("a working stream, not a broken one").isFalse();
        assertThat(TaskListener.NULL.getLogger()).isNotSameAs(System.out).isNotSameAs(System.err);
    }

    @Test
    void exceptionsBehaveNormally() {
        FlowInterruptedException abort = new FlowInterruptedException(Result.ABORTED, true,
                new CauseOfInterruption.UserInterruption("alice"));
        assertThat(abort.getResult()).isSameAs(Result.ABORTED);
        assertThat(abort.isActualInterruption()).isTrue();
        assertThat(abort.getCauses()).containsExactly(new CauseOfInterruption.UserInterruption("alice"));
        assertThat(abort).hasMessage(null); // 700.x does not override getMessage()
        assertThat(new AbortException("stop")).isInstanceOf(IOException.class).hasMessage("stop");
        assertThat(new CredentialNotFoundException("none")).isInstanceOf(AbortException.class).hasMessage("none");
    }

    @Test
    void utilStringHelpersWork() {
        assertThat(Util.fixEmpty("")).isNull();
        assertThat(Util.fixEmptyAndTrim("  x ")).isEqualTo("x");
        assertThat(Util.fixEmptyAndTrim("   ")).isNull();
        assertThat(Util.fixNull(null)).isEmpty();
    }

    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static final class TestCredentials extends BaseStandardCredentials {
        private static final long serialVersionUID = 1L;

        TestCredentials(CredentialsScope scope, String id, String description) {
            super(scope, id, description);
        }
    }
}
