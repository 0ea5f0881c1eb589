package io.jenkins.plugins.modelarts.core.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.DataSource;
import io.jenkins.plugins.modelarts.client.model.TrainingJobConfig;
import io.jenkins.plugins.modelarts.core.logs.ObsObjectSource;
import io.jenkins.plugins.modelarts.core.spec.JobSpec;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pre-flight against the emulator's OBS and resource specs. */
class PreflightTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final ModelArtsEmulator emulator = EMULATOR.emulator();
    private ModelArtsClient client;
    private ObsObjectSource obs;

    @BeforeEach
    void connect() {
        client = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey())).build();
        obs = new ObsObjectSource(emulator.baseUrl(), emulator.accessKey(), emulator.secretKey(), null, true);
        emulator.obs().put("ml-bucket", "src/train.py", bytes("print(1)"))
                .put("ml-bucket", "data/part-0.csv", bytes("a,b"))
                .put("ml-bucket", "empty/", new byte[0]); // a folder marker, as the console makes, with nothing under it
    }

    @AfterEach
    void close() throws Exception {
        obs.close();
        client.close();
    }

    private PreflightReport check(JobSpec spec) {
        return Preflight.builder().obs(obs).flavors(client.catalog()).build().check(spec);
    }

    private static JobSpec v1(UnaryOperator<TrainingJobConfig.Builder> change) {
        TrainingJobConfig.Builder config = TrainingJobConfig.builder().workerServerNum(1).appUrl("/ml-bucket/src/")
                .bootFileUrl("/ml-bucket/src/train.py").dataUrl("/ml-bucket/data/").specId(1L).engineId(1L)
                .trainUrl("/ml-bucket/out/").logUrl("/ml-bucket/log/");
        return new JobSpec.V1(CreateTrainingJobRequest.builder().jobName("pre").config(change.apply(config).build()).build());
    }

    private static Map<String, CheckResult> results(PreflightReport report) {
        return report.checks().stream().collect(Collectors.toMap(PreflightCheck::what, PreflightCheck::result,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static PreflightCheck find(PreflightReport report, String what) {
        return report.checks().stream().filter(c -> c.what().equals(what)).findFirst().orElseThrow();
    }

    @Test
    void aSpecWhoseLocationsAndFlavorExistIsAllOk() {
        PreflightReport report = check(v1(c -> c));
        assertThat(results(report)).containsExactly(
                Map.entry("config.data_url", CheckResult.OK),
                Map.entry("config.app_url", CheckResult.OK),
                Map.entry("config.boot_file_url", CheckResult.OK),
                Map.entry("config.train_url", CheckResult.OK),
                Map.entry("config.log_url", CheckResult.OK),
                Map.entry("config.spec_id", CheckResult.OK),
                Map.entry("config.worker_server_num", CheckResult.OK));
        assertThat(report.hasMissing()).isFalse();
        assertThat(report.summary()).isEqualTo("Pre-flight: 7 ok, 0 missing, 0 unchecked");
        assertThat(find(report, "config.spec_id").detail()).isEqualTo("modelarts.vm.gpu.p100 is available");
    }

    @Test
    void anEmptyFolderAnAbsentFileAndAnAbsentBucketAreMissing() {
        PreflightReport report = check(v1(c -> c.dataUrl("/ml-bucket/empty/").bootFileUrl("/ml-bucket/src/missing.py")
                .trainUrl("/no-such-bucket/out/").dataUrl(null).dataSource(List.of(DataSource.obs("/ml-bucket/empty/"),
                        DataSource.obs("/ml-bucket/data/")))));
        assertThat(find(report, "config.data_source[0].data_url").result()).isEqualTo(CheckResult.MISSING);
        assertThat(find(report, "config.data_source[0].data_url").detail()).isEqualTo("nothing under obs://ml-bucket/empty/");
        assertThat(find(report, "config.data_source[1].data_url").result()).isEqualTo(CheckResult.OK);
        PreflightCheck boot = find(report, "config.boot_file_url");
        assertThat(boot.result()).isEqualTo(CheckResult.MISSING);
        assertThat(boot.detail()).isEqualTo("no object obs://ml-bucket/src/missing.py");
        PreflightCheck output = find(report, "config.train_url");
        assertThat(output.result()).isEqualTo(CheckResult.MISSING);
        assertThat(output.detail()).isEqualTo("bucket no-such-bucket does not exist");
        assertThat(report.hasMissing()).isTrue();
        assertThat(report.missingList()).isEqualTo(
                "config.data_source[0].data_url /ml-bucket/empty/, config.boot_file_url /ml-bucket/src/missing.py, config.train_url /no-such-bucket/out/");
    }

    @Test
    void aFolderInABucketThatDoesNotExistSaysSo() {
        PreflightCheck data = find(check(v1(c -> c.dataUrl("/gone-bucket/data/"))), "config.data_url");
        assertThat(data.result()).isEqualTo(CheckResult.MISSING);
        assertThat(data.detail()).isEqualTo("bucket gone-bucket does not exist");
    }

    @Test
    void obsRefusingTheCredentialsIsUncheckedNotMissing() throws Exception {
        try (ObsObjectSource stranger = new ObsObjectSource(emulator.baseUrl(), "UNKNOWNACCESSKEY", "secret-value-x", null, true)) {
            PreflightReport report = Preflight.builder().obs(stranger).flavors(client.catalog()).build().check(v1(c -> c));
            PreflightCheck data = find(report, "config.data_url");
            assertThat(data.result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(data.detail()).contains("HTTP 403").contains("InvalidAccessKeyId").doesNotContain("secret-value-x");
            assertThat(find(report, "config.boot_file_url").result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(find(report, "config.train_url").result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(report.hasMissing()).isFalse();
            assertThat(find(report, "config.spec_id").result()).isEqualTo(CheckResult.OK);
        }
    }

    @Test
    void anUnreachableObsEndpointOrNoneAtAllIsUnchecked() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (ObsObjectSource closed = new ObsObjectSource("http://127.0.0.1:" + port, "AK", "SK", null, true)) {
            PreflightReport report = Preflight.builder().obs(closed).build().check(v1(c -> c));
            PreflightCheck data = find(report, "config.data_url");
            assertThat(data.result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(data.detail()).startsWith(Preflight.UNREACHABLE).contains("could not connect to OBS");
            // tried once: the later locations are not tried against an OBS that cannot be reached
            assertThat(report.checks().subList(0, 5)).allSatisfy(c -> assertThat(c.detail()).isEqualTo(data.detail()));
        }
        PreflightReport none = Preflight.unavailable("no connection settings").check(v1(c -> c));
        assertThat(none.checks()).allSatisfy(c -> {
            assertThat(c.result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(c.detail()).isEqualTo("no connection settings");
        });
        assertThat(none.checks()).hasSize(6); // five locations and the flavor
    }

    @Test
    void anUnknownSoldOutOrTooSmallFlavorIsMissing() {
        PreflightCheck unknown = find(check(v1(c -> c.specId(99L))), "config.spec_id");
        assertThat(unknown.result()).isEqualTo(CheckResult.MISSING);
        assertThat(unknown.detail()).startsWith("no flavor with this spec_id");

        PreflightCheck soldOut = find(check(v1(c -> c.specId(4L))), "config.spec_id");
        assertThat(soldOut.result()).isEqualTo(CheckResult.MISSING);
        assertThat(soldOut.detail()).isEqualTo("modelarts.vm.gpu.4v100 is sold out (no_resource)");

        PreflightReport tooMany = check(v1(c -> c.specId(2L).workerServerNum(3)));
        assertThat(find(tooMany, "config.spec_id").result()).isEqualTo(CheckResult.OK);
        PreflightCheck workers = find(tooMany, "config.worker_server_num");
        assertThat(workers.result()).isEqualTo(CheckResult.MISSING);
        assertThat(workers.detail()).isEqualTo("more than modelarts.vm.cpu.2u's max_num of 2 workers");
        assertThat(find(check(v1(c -> c.specId(2L).workerServerNum(2))), "config.worker_server_num").result())
                .isEqualTo(CheckResult.OK);
    }

    @Test
    void aV2SpecChecksCodeInputsOutputsAndItsFlavor() throws Exception {
        JobSpec spec = new JobSpec.V2((ObjectNode) Json.mapper().readTree("""
                {"kind": "job", "metadata": {"name": "v2-pre"},
                 "algorithm": {"code_dir": "/ml-bucket/src/", "boot_file": "/ml-bucket/src/train.py",
                   "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/ml-bucket/data/"}}},
                              {"name": "more", "remote": {"obs": {"obs_url": "obs://ml-bucket/nothing-here/"}}}],
                   "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "/ml-bucket/out/"}}}]},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 5},
                          "log_export_path": {"obs_url": "/absent-logs/x/"}}}"""));
        PreflightReport report = check(spec);
        assertThat(results(report)).containsExactly(
                Map.entry("algorithm.code_dir", CheckResult.OK),
                Map.entry("algorithm.boot_file", CheckResult.OK),
                Map.entry("algorithm.inputs[0].remote.obs.obs_url", CheckResult.OK),
                Map.entry("algorithm.inputs[1].remote.obs.obs_url", CheckResult.MISSING),
                Map.entry("algorithm.outputs[0].remote.obs.obs_url", CheckResult.OK),
                Map.entry("spec.log_export_path.obs_url", CheckResult.MISSING),
                Map.entry("spec.resource.flavor_id", CheckResult.OK),
                Map.entry("spec.resource.node_count", CheckResult.OK));
        assertThat(find(report, "spec.resource.flavor_id").detail()).isEqualTo("modelarts.vm.gpu.p100 is offered");
        assertThat(find(report, "spec.resource.node_count").detail()).isEqualTo("within modelarts.vm.gpu.p100's max_num of 5 nodes");
    }

    private static JobSpec v2(String resource) throws Exception {
        return new JobSpec.V2((ObjectNode) Json.mapper().readTree("""
                {"kind": "job", "metadata": {"name": "v2-flavor"},
                 "algorithm": {"code_dir": "/ml-bucket/src/", "boot_file": "/ml-bucket/src/train.py"},
                 "spec": {"resource": %s}}""".formatted(resource)));
    }

    @Test
    void anUnknownV2FlavorIsMissingAndNamesTheOfferedOnes() throws Exception {
        PreflightReport report = check(v2("{\"flavor_id\": \"modelarts.vm.gpu.t4\", \"node_count\": 1}"));
        PreflightCheck flavor = find(report, "spec.resource.flavor_id");
        assertThat(flavor.result()).isEqualTo(CheckResult.MISSING);
        assertThat(flavor.detail()).isEqualTo("flavor modelarts.vm.gpu.t4 is not offered here; offered: modelarts.vm.gpu.p100,"
                + " modelarts.vm.cpu.2u, modelarts.vm.cpu.8u, modelarts.vm.gpu.8v100, modelarts.vm.gpu.4v100, modelarts.kat1.xlarge");
        assertThat(report.checks()).extracting(PreflightCheck::what).doesNotContain("spec.resource.node_count");
        assertThat(report.missingList()).isEqualTo("spec.resource.flavor_id modelarts.vm.gpu.t4");
    }

    @Test
    void moreV2NodesThanTheFlavorsMaxNumIsMissing() throws Exception {
        PreflightReport report = check(v2("{\"flavor_id\": \"modelarts.vm.cpu.2u\", \"node_count\": 3}"));
        assertThat(find(report, "spec.resource.flavor_id").result()).isEqualTo(CheckResult.OK);
        PreflightCheck nodes = find(report, "spec.resource.node_count");
        assertThat(nodes.result()).isEqualTo(CheckResult.MISSING);
        assertThat(nodes.path()).isEqualTo("3");
        assertThat(nodes.detail()).isEqualTo("more than modelarts.vm.cpu.2u's max_num of 2 nodes");
    }

    @Test
    void v2FlavorsThatCannotBeReadAreUnchecked() throws Exception {
        JobSpec spec = v2("{\"flavor_id\": \"modelarts.vm.gpu.p100\", \"node_count\": 1}");
        emulator.faults().serverErrors(1, 503);
        try (ModelArtsClient once = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(1).build()).build()) {
            // no OBS: the flavor list is the only call, and the one the 503 answers
            PreflightReport failed = Preflight.builder().obsUnavailable("no OBS").flavors(once.catalog()).build().check(spec);
            PreflightCheck flavor = find(failed, "spec.resource.flavor_id");
            assertThat(flavor.result()).isEqualTo(CheckResult.UNCHECKED);
            assertThat(flavor.detail()).startsWith("could not read the training job flavors: ").contains("503");
            assertThat(failed.hasMissing()).isFalse();
        }
        assertThat(emulator.journal().count("GET", ".*/training-job-flavors")).isEqualTo(1);

        PreflightReport offline = Preflight.builder().obs(obs).flavorsUnavailable("no connection settings").build().check(spec);
        assertThat(find(offline, "spec.resource.flavor_id").result()).isEqualTo(CheckResult.UNCHECKED);
        assertThat(find(offline, "spec.resource.flavor_id").detail()).isEqualTo("no connection settings");
    }

    @Test
    void aV2FlavorOnADedicatedPoolIsNotChecked() throws Exception {
        PreflightReport report = check(v2("{\"flavor_id\": \"pool-only-flavor\", \"pool_id\": \"pool-1\", \"node_count\": 9}"));
        assertThat(results(report)).containsEntry("spec.resource.flavor_id", CheckResult.UNCHECKED)
                .containsEntry("spec.resource.pool_id", CheckResult.UNCHECKED).doesNotContainKey("spec.resource.node_count");
        assertThat(find(report, "spec.resource.flavor_id").detail()).isEqualTo(FlavorCheck.POOL_FLAVOR_NOT_CHECKED);
        assertThat(find(report, "spec.resource.pool_id").detail()).isEqualTo(FlavorCheck.POOL_NOT_CHECKED);
    }

    @Test
    void aCheckIsOneSafeLineAndAMapOfFourFields() {
        PreflightCheck check = new PreflightCheck("config.data_url", "/ml-bucket/\u001b[2Jdata/", CheckResult.MISSING, "nothing");
        assertThat(check.line()).isEqualTo("missing    config.data_url /ml-bucket/\\u001b[2Jdata/: nothing");
        assertThat(check.toMap()).containsExactly(Map.entry("what", "config.data_url"),
                Map.entry("path", "/ml-bucket/\u001b[2Jdata/"), Map.entry("result", "missing"), Map.entry("detail", "nothing"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
