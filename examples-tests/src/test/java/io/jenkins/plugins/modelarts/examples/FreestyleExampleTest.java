package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.jenkins.FakeEnv;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.RecordingListener;
import io.jenkins.plugins.modelarts.jenkins.StepHarness;
import io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsGateRecorder;
import io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsTrainBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

/** examples/freestyle-job.yaml: each key bound to the builder's and the recorder's data-bound fields, then run as two builds. */
class FreestyleExampleTest {
    private static final Path EXAMPLE = Path.of("../examples/freestyle-job.yaml");

    @RegisterExtension
    final StepHarness h = StepHarness.inTempDir();

    /** The build steps (or publishers) of the YAML, each bound by the class its symbol names. */
    static List<Object> bind(String yaml, String section) {
        Map<String, Object> job = new Yaml().load(yaml);
        @SuppressWarnings("unchecked")
        List<Map<String, Map<String, Object>>> entries = (List<Map<String, Map<String, Object>>>) job.get(section);
        return entries.stream().<Object>map(entry -> {
            var symbol = entry.entrySet().iterator().next();
            return DataBoundModel.of(Symbols.describable(symbol.getKey())).bind(new LinkedHashMap<>(symbol.getValue()));
        }).toList();
    }

    private String runBuild(String yaml) throws Exception {
        FakeRun run = h.newRun();
        RecordingListener listener = new RecordingListener();
        FakeEnv env = new FakeEnv("BUILD_NUMBER", String.valueOf(run.getNumber()));
        try {
            for (Object builder : bind(yaml, "builders")) {
                ((ModelArtsTrainBuilder) builder).perform(run, env, listener);
            }
            for (Object publisher : bind(yaml, "publishers")) {
                ((ModelArtsGateRecorder) publisher).perform(run, env, listener);
            }
        } finally {
            run.finish(run.getResult() == null ? hudson.model.Result.SUCCESS : run.getResult());
        }
        return listener.text();
    }

    @Test
    void theFreestyleJobTrainsWaitsAndGatesAgainstTheLastSuccessfulBuild() throws Exception {
        String yaml = Files.readString(EXAMPLE);
        h.emulator.defaultScript(JobScript.afterStatusReads(1).steeredBy(Map.of(JobScript.ACCURACY, "0.95")));

        String first = runBuild(yaml);

        assertThat(first).contains("resnet-freestyle-1").contains("ModelArts release gate: PASS");
        h.emulator.defaultScript(JobScript.afterStatusReads(1).steeredBy(Map.of(JobScript.ACCURACY, "0.91")));
        assertThatThrownBy(() -> runBuild(yaml)).isInstanceOf(AbortException.class)
                .hasMessageContaining("ModelArts release gate failed").hasMessageContaining("accuracy");
    }

    @Test
    void theExamplesKeysAreTheFieldsOfTheBuilderAndTheRecorder() throws IOException {
        String yaml = Files.readString(EXAMPLE);

        ModelArtsTrainBuilder builder = (ModelArtsTrainBuilder) bind(yaml, "builders").get(0);
        ModelArtsGateRecorder gate = (ModelArtsGateRecorder) bind(yaml, "publishers").get(0);

        assertThat(builder.getSpecId()).isEqualTo(1L);
        assertThat(builder.getSettings().getTimeout()).isEqualTo(180);
        assertThat(gate.getSettings().getRequire()).contains("accuracy >= 0.90");
        assertThatThrownBy(() -> bind(yaml.replace("specId:", "specID:"), "builders"))
                .hasMessageContaining("unknown parameter 'specID' of ModelArtsTrainBuilder");
        assertThatThrownBy(() -> bind(yaml.replace("timeout: 180", "timeout: 1.5"), "builders"))
                .hasMessageContaining("parameter 'timeout' expects int");
    }
}
