package io.jenkins.plugins.modelarts.behaviour.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration;
import io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsAccessKeyCredentials;
import io.jenkins.plugins.modelarts.jenkins.freestyle.FreestyleSettings;
import io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsGateRecorder;
import io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsTrainBuilder;
import io.jenkins.plugins.modelarts.jenkins.steps.ConfigsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.GateStep;
import io.jenkins.plugins.modelarts.jenkins.steps.JobStep;
import io.jenkins.plugins.modelarts.jenkins.steps.LogsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.JobsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.StopJobStep;
import io.jenkins.plugins.modelarts.jenkins.steps.TrainStep;
import io.jenkins.plugins.modelarts.jenkins.steps.VersionsStep;
import io.jenkins.plugins.modelarts.jenkins.steps.WaitForJobStep;
import io.jenkins.plugins.modelarts.jenkins.steps.WithModelArtsStep;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * Every step, builder, recorder and the global configuration bound by the real Stapler from the JSON its
 * form posts: blank fields, missing keys (a collapsed "Advanced" section posts nothing for its fields, so
 * setters are not called and defaults must hold) and text areas. Not here: the credentials binding
 * ({@code MultiBinding<C>}'s type parameter makes Stapler 1.263 call tiger-types 2.x, which is not on Maven
 * Central; its setters are unit-tested in the plugin). Secrets bind through a converter registered as
 * core's {@code Secret} registers its own; encryption is not modelled.
 */
class FormBindingTest {
    private final StaplerForms forms = new StaplerForms();

    @Test
    void blankVersionFieldsAreNotGivenOnEveryStepThatTakesOne() {
        String blank = "{'jobId':'10','id':'10','versionId':''}";
        assertThat(forms.bind(WaitForJobStep.class, blank).getVersionId()).isNull();
        assertThat(forms.bind(GateStep.class, blank).getVersionId()).isNull();
        assertThat(forms.bind(JobStep.class, blank).getVersionId()).isNull();
        assertThat(forms.bind(StopJobStep.class, blank).getVersionId()).isNull();
        assertThat(forms.bind(LogsStep.class, blank).getVersionId()).isNull();
        assertThat(forms.bind(ModelArtsGateRecorder.class, "{'jobId':'','versionId':''}").getVersionId()).isNull();
        assertThat(forms.bind(WaitForJobStep.class, "{'jobId':'10','versionId':'3'}").getVersionId()).isEqualTo(3L);
    }

    @Test
    void theWaitForJobFormBindsEveryFieldAndKeepsDefaultsForMissingOnes() {
        WaitForJobStep step = forms.bind(WaitForJobStep.class, "{'jobId':' 10 ','versionId':'2','timeout':'30',"
                + "'pollInterval':'','stopOnAbort':false,'require':'accuracy >= 0.9\\nrecall >= 0.8','baseline':' ',"
                + "'findingThresholds':'queued_minutes=30\\n gpu_underused_percent = 20 ',"
                + "'maxRegression':'0.02','maxClassRegression':'0.05','credentialsId':'keys','region':'','endpoint':'','projectId':'',"
                + "'overrideReason':' relabelled test set ','overrideBy':' '}");

        assertThat(step.getJobId()).isEqualTo("10");
        assertThat(step.getVersionId()).isEqualTo(2L);
        assertThat(step.getTimeout()).isEqualTo(30);
        assertThat(step.getPollInterval()).isZero();
        assertThat(step.isStopOnAbort()).isFalse();
        assertThat(step.getRequire()).containsExactly("accuracy >= 0.9", "recall >= 0.8");
        assertThat(step.getFindingThresholds()).containsExactly("queued_minutes=30", "gpu_underused_percent = 20");
        assertThat(step.getBaseline()).isNull();
        assertThat(step.getMaxRegression()).isEqualTo(0.02);
        assertThat(step.getMaxClassRegression()).isEqualTo(0.05);
        assertThat(step.getOverrideReason()).isEqualTo("relabelled test set");
        assertThat(step.getOverrideBy()).as("blank: the build's causes say who").isNull();
        assertThat(step.getCredentialsId()).isEqualTo("keys");
        assertThat(step.getRegion()).isNull();
        // not posted (a collapsed section): the defaults hold
        assertThat(step.isStreamLog()).isTrue();
        assertThat(step.getMaxLogLines()).isEqualTo(1000);
        assertThat(step.isArchiveLogs()).isTrue();
        assertThat(step.isPublishReport()).isTrue();
    }

    @Test
    void aBlankOrMissingMaxClassRegressionLeavesClassesUncomparedOnEveryGatingForm() {
        assertThat(forms.bind(GateStep.class, "{'jobId':'10','baseline':'10:2','maxClassRegression':''}").getMaxClassRegression())
                .isNull();
        assertThat(forms.bind(GateStep.class, "{'jobId':'10','baseline':'10:2'}").getMaxClassRegression()).isNull();
        assertThat(forms.bind(GateStep.class, "{'jobId':'10','maxClassRegression':'0'}").getMaxClassRegression()).isEqualTo(0.0);
        assertThat(forms.bind(TrainStep.class, "{'maxClassRegression':' 0.1 '}").getMaxClassRegression()).isEqualTo(0.1);
        assertThat(forms.bind(TrainStep.class, "{'maxClassRegression':''}").getMaxClassRegression()).isNull();
        assertThat(forms.bind(ModelArtsGateRecorder.class, "{'jobId':'','settings':{'maxClassRegression':''}}")
                .getSettings().getMaxClassRegression()).isNull();
    }

    @Test
    void theTrainFormSendsNoZeroIdsAndReadsParametersFromItsTextArea() throws Exception {
        JSONObject form = JSONObject.fromObject("{'jobName':'resnet','workerServerNum':'','specId':'','engineId':'',"
                + "'modelId':'','appUrl':'/b/src/','bootFileUrl':'/b/src/train.py','dataUrl':'/b/data/',"
                + "'trainUrl':'/b/out/','logUrl':'/b/log/','parameters':'lr=0.01\\n batch = 32 \\n','wait':true,"
                + "'require':'','timeout':'0','dryRun':true,'preflight':false}");

        TrainStep step = TrainStep.DescriptorImpl.fromForm(form, data -> forms.bind(TrainStep.class, data));
        assertThat(step.getPreflight()).as("an unticked box skips the dry run's pre-flight").isFalse();
        assertThat(step.isDryRun()).isTrue();
        TrainStep ticked = TrainStep.DescriptorImpl.fromForm(JSONObject.fromObject("{'preflight':true}"),
                data -> forms.bind(TrainStep.class, data));
        assertThat(ticked.getPreflight()).isTrue();

        assertThat(step.getSpecId()).isNull();
        assertThat(step.getEngineId()).isNull();
        assertThat(step.getModelId()).isNull();
        assertThat(step.getWorkerServerNum()).isNull();
        assertThat(step.getParameters()).containsExactly(Map.entry("lr", "0.01"), Map.entry("batch", "32"));
        assertThat(step.isWait()).isTrue();
        assertThat(step.getRequire()).isEmpty();
        assertThat(form.getString("parameters")).as("the posted form is left as it was").contains("lr=0.01");
    }

    @Test
    void theTrainFormReportsABadParameterLineAsAFormError() {
        JSONObject form = JSONObject.fromObject("{'parameters':'lr 0.01'}");
        try {
            TrainStep.DescriptorImpl.fromForm(form, data -> forms.bind(TrainStep.class, data));
            throw new AssertionError("a parameter without '=' was accepted");
        } catch (hudson.model.Descriptor.FormException e) {
            assertThat(e.getFormField()).isEqualTo("parameters");
            assertThat(e.getMessage()).contains("lr 0.01").contains("name=value");
        }
    }

    @Test
    void theFreestyleBuilderBindsItsNestedSettingsAndSendsNoZeroIds() {
        ModelArtsTrainBuilder builder = forms.bind(ModelArtsTrainBuilder.class, "{'jobName':'','specId':'','engineId':'7',"
                + "'configName':'mnist_tf_sample','configType':' sample ','reuse':' 24h ',"
                + "'modelId':'','parametersText':'lr=0.1','wait':true,'createVersion':false,'preflight':true,"
                + "'dataSource':'[{\\\"type\\\": \\\"obs\\\", \\\"data_url\\\": \\\"/b/data/\\\"}]','volumes':' ',"
                + "'settings':{'credentialsId':'keys','findingThresholds':'duration_ratio=3',"
                + "'timeout':'15','require':'accuracy >= 0.9','baseline':'lastSuccessfulBuild','maxArchiveMb':''}}");

        assertThat(builder.getSpecId()).isNull();
        assertThat(builder.getConfigName()).isEqualTo("mnist_tf_sample");
        assertThat(builder.getConfigType()).isEqualTo("sample");
        assertThat(builder.getReuse()).isEqualTo("24h");
        assertThat(builder.getEngineId()).isEqualTo(7L);
        assertThat(builder.getModelId()).isNull();
        assertThat(builder.getParametersText()).isEqualTo("lr=0.1\n");
        FreestyleSettings settings = builder.getSettings();
        assertThat(settings.getCredentialsId()).isEqualTo("keys");
        assertThat(settings.getTimeout()).isEqualTo(15);
        assertThat(settings.getRequire()).isEqualTo("accuracy >= 0.9");
        assertThat(settings.getBaseline()).isEqualTo("lastSuccessfulBuild");
        assertThat(settings.getMaxArchiveMb()).as("a blank number is 0: archive nothing").isZero();
        assertThat(settings.getFindingThresholds()).isEqualTo("duration_ratio=3");
        assertThat(builder.isCreateVersion()).isFalse();
        assertThat(builder.isPreflight()).isTrue();
        assertThat(builder.getDataSource()).isEqualTo("[{\"type\": \"obs\", \"data_url\": \"/b/data/\"}]");
        assertThat(builder.getVolumes()).as("blank is not given").isNull();
    }

    @Test
    void theGateRecorderBindsAnEmptyJobAsTheJobThisBuildTrained() {
        ModelArtsGateRecorder recorder = forms.bind(ModelArtsGateRecorder.class,
                "{'jobId':' ','versionId':'','settings':{'require':'accuracy >= 0.9\\nf1 >= 0.5','unstableOnGateFailure':true,"
                        + "'baseline':'lastSuccessfulBuild','maxClassRegression':'0.02',"
                        + "'overrideReason':'approved by the release board','overrideBy':' carol '}}");

        assertThat(recorder.getJobId()).isNull();
        assertThat(recorder.getVersionId()).isNull();
        assertThat(recorder.getSettings().getRequire()).isEqualTo("accuracy >= 0.9\nf1 >= 0.5");
        assertThat(recorder.getSettings().isUnstableOnGateFailure()).isTrue();
        assertThat(recorder.getSettings().getMaxClassRegression()).isEqualTo(0.02);
        assertThat(recorder.getSettings().getOverrideReason()).isEqualTo("approved by the release board");
        assertThat(recorder.getSettings().getOverrideBy()).isEqualTo("carol");
    }

    @Test
    void theReadStepsBindTheirFields() {
        assertThat(forms.bind(VersionsStep.class, "{'jobId':' 10 '}").getJobId()).isEqualTo("10");
        assertThat(forms.bind(JobStep.class, "{'id':'3faf5c03-0000-0000-0000-000000000000','versionId':''}").getId())
                .isEqualTo("3faf5c03-0000-0000-0000-000000000000");
        JobsStep jobs = forms.bind(JobsStep.class, "{'limit':'20','offset':'','max':'100','sortBy':'create_time','order':'desc'}");
        assertThat(List.of(jobs.getLimit(), jobs.getOffset(), jobs.getMax())).containsExactly(20, 0, 100);
        assertThat(jobs.getSortBy()).isEqualTo("create_time");
        assertThat(jobs.getOrder()).isEqualTo("desc");
        ConfigsStep configs = forms.bind(ConfigsStep.class, "{'name':' ','configType':'sample','perPage':'20','page':'',"
                + "'sortBy':'config_desc','order':'asc','searchContent':' mnist '}");
        assertThat(configs.getName()).isNull();
        assertThat(List.of(configs.getConfigType(), configs.getSortBy(), configs.getOrder(), configs.getSearchContent()))
                .containsExactly("sample", "config_desc", "asc", "mnist");
        assertThat(configs.getPerPage()).isEqualTo(20);
        assertThat(configs.getPage()).isNull();
    }

    @Test
    void theLogsFormBindsEveryFieldAndKeepsDefaultsForMissingOnes() {
        LogsStep step = forms.bind(LogsStep.class, "{'jobId':' 10 ','versionId':'2','lines':'30','file':' job.1 ','task':' ',"
                + "'archive':true,'maxArchiveMb':'64','credentialsId':'keys','region':'','endpoint':'','projectId':''}");

        assertThat(step.getJobId()).isEqualTo("10");
        assertThat(step.getVersionId()).isEqualTo(2L);
        assertThat(step.getLines()).isEqualTo(30);
        assertThat(step.getFile()).isEqualTo("job.1");
        assertThat(step.getTask()).isNull();
        assertThat(step.isArchive()).isTrue();
        assertThat(step.getMaxArchiveMb()).isEqualTo(64);
        assertThat(step.getCredentialsId()).isEqualTo("keys");
        assertThat(step.getRegion()).isNull();

        LogsStep defaults = forms.bind(LogsStep.class, "{'jobId':'3faf5c03-0000-0000-0000-000000000000'}");
        assertThat(defaults.getLines()).isEqualTo(LogsStep.DEFAULT_LINES);
        assertThat(defaults.isArchive()).isFalse();
        assertThat(defaults.getMaxArchiveMb()).isEqualTo(500);
        assertThat(defaults.getFile()).isNull();
    }

    @Test
    void theWithModelArtsFormBindsItsConnectionFieldsAndLeavesBlankOnesUnset() {
        WithModelArtsStep block = forms.bind(WithModelArtsStep.class,
                "{'credentialsId':'team-keys','region':' cn-east-3 ','projectId':'','endpoint':''}");

        assertThat(block.getCredentialsId()).isEqualTo("team-keys");
        assertThat(block.getRegion()).isEqualTo("cn-east-3");
        assertThat(block.getProjectId()).isNull();
        assertThat(block.getEndpoint()).isNull();
    }

    @Test
    void accessKeyCredentialsBindFromTheCredentialsFormWithTheirSecrets() {
        StaplerForms.registerSecretConverter();

        ModelArtsAccessKeyCredentials keys = forms.bind(ModelArtsAccessKeyCredentials.class, "{'scope':'GLOBAL',"
                + "'id':'modelarts-prod','description':'team keys','accessKeyId':' AKAKAKAKAKAKAKAKAKAK ',"
                + "'secretKey':'sk-value','securityToken':''}");

        assertThat(keys.getScope()).isEqualTo(CredentialsScope.GLOBAL);
        assertThat(keys.getId()).isEqualTo("modelarts-prod");
        assertThat(keys.getAccessKeyId()).isEqualTo("AKAKAKAKAKAKAKAKAKAK");
        assertThat(keys.getSecretKey().getPlainText()).isEqualTo("sk-value");
        assertThat(keys.getSecurityToken()).as("a blank token field means permanent keys").isNull();
        ModelArtsAccessKeyCredentials temporary = forms.bind(ModelArtsAccessKeyCredentials.class, "{'scope':'GLOBAL',"
                + "'id':'tmp','description':'','accessKeyId':'AKAKAKAKAKAKAKAKAKAK','secretKey':'sk','securityToken':'tok'}");
        assertThat(temporary.getSecurityToken().getPlainText()).isEqualTo("tok");
    }

    @Test
    void theGlobalConfigurationTakesTheSubmittedFormIntoItsInstance() {
        SavingGlobalConfiguration config = new SavingGlobalConfiguration();

        forms.bindInto(config, "{'useEmulator':false,'region':' cn-north-4 ','endpoint':'','projectId':'p1',"
                + "'credentialsId':'keys','pollIntervalSeconds':''}");

        assertThat(config.getRegion()).isEqualTo("cn-north-4");
        assertThat(config.getEndpoint()).isNull();
        assertThat(config.getProjectId()).isEqualTo("p1");
        assertThat(config.getCredentialsId()).isEqualTo("keys");
        assertThat(config.getPollIntervalSeconds()).isZero();
        assertThat(config.saves).as("every setter saves, as the configuration is bound field by field").isPositive();
    }

    /** The configuration without the controller's files: the stubs' load and save throw. */
    static final class SavingGlobalConfiguration extends ModelArtsGlobalConfiguration {
        int saves;

        @Override
        public synchronized void load() {}

        @Override
        public synchronized void save() {
            saves++;
        }
    }
}
