package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each documented rule of a v1 {@code config}, one at a time, starting from a valid config. */
class TrainingJobConfigRulesTest {

    /** A config that breaks no rule. */
    static TrainingJobConfig.Builder valid() {
        return TrainingJobConfig.builder()
                .workerServerNum(1)
                .appUrl("/bucket/src/")
                .bootFileUrl("/bucket/src/train.py")
                .dataUrl("/bucket/data/")
                .specId(1L)
                .engineId(1L);
    }

    private static List<String> problems(TrainingJobConfig.Builder config) {
        return config.build().problems();
    }

    @Test
    void validConfigHasNoProblems() {
        assertThat(problems(valid())).isEmpty();
        assertThat(problems(valid().specId(null).poolId("pool-1"))).isEmpty();
        assertThat(problems(valid().appUrl("obs://bucket/src").bootFileUrl("obs://bucket/src/a/train.py"))).isEmpty();
    }

    @Test
    void workerCountIsRequiredAndPositive() {
        assertThat(problems(valid().workerServerNum(null)))
                .containsExactly("config.worker_server_num is required: the number of workers, at least 1");
        assertThat(problems(valid().workerServerNum(-2))).containsExactly("config.worker_server_num is -2: expected at least 1");
    }

    @Test
    void exactlyOneDataSourceIsRequired() {
        assertThat(problems(valid().dataUrl(null))).containsExactly(
                "config: no data source is set: set exactly one of data_url, dataset_id + dataset_version_id, or data_source");
        assertThat(problems(valid().datasetId("d").datasetVersionId("v"))).containsExactly(
                "config.data_url and config.dataset_id/dataset_version_id are set together: set exactly one of data_url,"
                        + " dataset_id + dataset_version_id, or data_source");
        assertThat(problems(valid().dataSource(List.of(DataSource.obs("/bucket/d/"))))).containsExactly(
                "config.data_url and config.data_source are set together: set exactly one of data_url,"
                        + " dataset_id + dataset_version_id, or data_source");
        assertThat(problems(valid().dataUrl(null).datasetId("d").datasetVersionId("v"))).isEmpty();
        assertThat(problems(valid().dataUrl(null).dataSource(List.of(DataSource.dataset("d", "v"))))).isEmpty();
    }

    @Test
    void datasetIdAndVersionGoTogether() {
        assertThat(problems(valid().dataUrl(null).datasetId("d")))
                .containsExactly("config.dataset_version_id is required with config.dataset_id");
        assertThat(problems(valid().dataUrl(null).datasetVersionId("v")))
                .containsExactly("config.dataset_id is required with config.dataset_version_id");
    }

    @Test
    void eachDataSourceEntryMatchesItsType() {
        List<DataSource> sources = Arrays.asList(
                new DataSource("obs", null, "d", null),
                new DataSource("dataset", "/bucket/x/", null, null),
                new DataSource(null, "/bucket/x/", null, null),
                new DataSource("s3", null, null, null),
                new DataSource("obs", "bucket/x", null, null),
                null);

        assertThat(problems(valid().dataUrl(null).dataSource(sources))).containsExactly(
                "config.data_source[0].data_url is required when type is obs",
                "config.data_source[0]: dataset_id and dataset_version must be left out when type is obs",
                "config.data_source[1].dataset_id is required when type is dataset",
                "config.data_source[1].dataset_version is required when type is dataset",
                "config.data_source[1].data_url must be left out when type is dataset",
                "config.data_source[2].type is required: obs or dataset",
                "config.data_source[3].type 's3' is not valid: expected obs or dataset",
                "config.data_source[4].data_url 'bucket/x' is not an OBS path: expected /bucket/path/ or obs://bucket/path/",
                "config.data_source[5] is null: expected {type: obs, data_url} or {type: dataset, dataset_id, dataset_version}",
                "config.data_source mixes obs and dataset entries: use entries of one type only");
    }

    @Test
    void exactlyOneOfSpecAndPool() {
        assertThat(problems(valid().poolId("pool"))).containsExactly(
                "config.spec_id and config.pool_id are both set: set exactly one (spec_id for the public pool,"
                        + " pool_id for a dedicated pool)");
        assertThat(problems(valid().specId(null))).containsExactly(
                "config: neither spec_id nor pool_id is set: set spec_id for the public pool or pool_id for a dedicated pool");
    }

    @Test
    void idsArePositive() {
        assertThat(problems(valid().specId(0L).engineId(-1L))).containsExactly(
                "config.spec_id is 0: expected a positive id", "config.engine_id is -1: expected a positive id");
        assertThat(problems(valid().appUrl(null).bootFileUrl(null).engineId(null).modelId(0L)))
                .containsExactly("config.model_id is 0: expected a positive id");
    }

    @Test
    void builtInModelReplacesCodeAndEngine() {
        assertThat(problems(valid().appUrl(null).bootFileUrl(null).engineId(null).modelId(7L))).isEmpty();
        assertThat(problems(valid().modelId(7L))).containsExactly(
                "config.app_url must be left out when config.model_id is set: a built-in algorithm brings its own code and engine",
                "config.boot_file_url must be left out when config.model_id is set: a built-in algorithm brings its own code and engine",
                "config.engine_id must be left out when config.model_id is set: a built-in algorithm brings its own code and engine");
    }

    @Test
    void withoutModelCodeDirectoryAndBootFileAreBothRequired() {
        assertThat(problems(valid().appUrl(null))).containsExactly(
                "config.app_url is required unless config.model_id is set: the code directory, /bucket/code/");
        assertThat(problems(valid().bootFileUrl(null))).containsExactly(
                "config.boot_file_url is required unless config.model_id is set: the boot file, /bucket/code/train.py");
    }

    @Test
    void bootFileLiesInsideTheCodeDirectory() {
        assertThat(problems(valid().bootFileUrl("/bucket/other/train.py"))).containsExactly(
                "config.boot_file_url '/bucket/other/train.py' must lie inside config.app_url '/bucket/src/'");
        assertThat(problems(valid().appUrl("/bucket/src").bootFileUrl("/bucket/srcx/train.py"))).containsExactly(
                "config.boot_file_url '/bucket/srcx/train.py' must lie inside config.app_url '/bucket/src'");
        assertThat(problems(valid().appUrl("obs://bucket/src/").bootFileUrl("/bucket/src/train.py"))).isEmpty();
    }

    @Test
    void obsLocationsNeedABucketOfThreeCharactersOrMore() {
        assertThat(problems(valid().trainUrl("/ab/out/").logUrl("out/"))).containsExactly(
                "config.train_url '/ab/out/': bucket 'ab' must have 3-63 characters (/bucket/path/ or obs://bucket/path/)",
                "config.log_url 'out/' is not an OBS path: expected /bucket/path/ or obs://bucket/path/");
        assertThat(problems(valid().dataUrl("obs://My_Bucket/data/"))).containsExactly(
                "config.data_url 'obs://My_Bucket/data/': bucket 'My_Bucket' may contain only lower-case letters, digits, '.' and '-'");
        assertThat(problems(valid().dataUrl(" "))).containsExactly(
                "config.data_url is blank: expected an OBS path such as /bucket/path/ or obs://bucket/path/");
    }

    @Test
    void bootFileMustNameAFile() {
        assertThat(problems(valid().appUrl("/bucket/").bootFileUrl("/bucket/"))).containsExactly(
                "config.boot_file_url '/bucket/' must name a file inside a bucket, such as /bucket/code/train.py");
    }

    @Test
    void parameterLabelsAreNonBlankAndUnique() {
        assertThat(problems(valid().parameter(Arrays.asList(
                Parameter.of("lr", "1"), Parameter.of(" ", "2"), Parameter.of("lr", "3"), null, Parameter.of(null, "x")))))
                .containsExactly(
                        "config.parameter[1].label is blank: every parameter needs a name",
                        "config.parameter[2].label 'lr' repeats config.parameter[0]: labels must be unique",
                        "config.parameter[3] is null: expected {label, value}",
                        "config.parameter[4].label is blank: every parameter needs a name");
    }

    @Test
    void eachVolumeIsEitherNfsOrHostPathWithItsPaths() {
        List<Volume> volumes = Arrays.asList(
                new Volume(null, null),
                new Volume(new Volume.Nfs("i", "s", "/d", null), new Volume.HostPath("s", "/d", null)),
                Volume.nfs(null, "", "relative", true),
                Volume.hostPath(null, null, false),
                Volume.nfs("id", "192.168.8.150:/", "/home/work/nas", false));

        assertThat(problems(valid().volumes(volumes))).containsExactly(
                "config.volumes[0] must set exactly one of nfs or host_path",
                "config.volumes[1] must set exactly one of nfs or host_path",
                "config.volumes[2].nfs.id is required",
                "config.volumes[2].nfs.src_path is required",
                "config.volumes[2].nfs.dest_path 'relative' must be an absolute path in the container, such as /home/work/nas",
                "config.volumes[3].host_path is only for a dedicated resource pool: set config.pool_id (not spec_id),"
                        + " or use an nfs volume",
                "config.volumes[3].host_path.src_path is required",
                "config.volumes[3].host_path.dest_path is required");
    }

    @Test
    void hostPathVolumesNeedADedicatedPool() {
        Volume host = Volume.hostPath("/data", "/home/work/data", true);
        assertThat(problems(valid().volumes(List.of(host)))).containsExactly(
                "config.volumes[0].host_path is only for a dedicated resource pool: set config.pool_id (not spec_id),"
                        + " or use an nfs volume");
        assertThat(problems(valid().specId(null).poolId("pool-1").volumes(List.of(host)))).isEmpty();
        assertThat(problems(valid().volumes(List.of(Volume.nfs("nfs-1", "1.2.3.4:/share", "/home/work/nas", false)))))
                .isEmpty();
    }

    @Test
    void dataSourceEntriesAreAllObsOrAllDatasets() {
        TrainingJobConfig.Builder mixed = valid().dataUrl(null)
                .dataSource(List.of(DataSource.obs("/bucket/a/"), DataSource.dataset("ds-1", "v-1")));
        assertThat(problems(mixed)).containsExactly(
                "config.data_source mixes obs and dataset entries: use entries of one type only");
        assertThat(problems(valid().dataUrl(null)
                .dataSource(List.of(DataSource.obs("/bucket/a/"), DataSource.obs("/bucket/b/"))))).isEmpty();
        assertThat(problems(valid().dataUrl(null)
                .dataSource(List.of(DataSource.dataset("ds-1", "v-1"), DataSource.dataset("ds-2", "v-1"))))).isEmpty();
    }

    @Test
    void userCommandStartsThroughRunTrainShInACustomImage() {
        TrainingJobConfig.Builder image = valid().userImageUrl("swr.example.com/team/train:1.0");
        assertThat(problems(image.userCommand("bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py")))
                .isEmpty();
        assertThat(problems(image.userCommand("bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/t.py --a 1")))
                .isEmpty();
        assertThat(problems(image.userCommand("python train.py"))).containsExactly(
                "config.user_command must start the job through run_train.sh: bash /home/work/run_train.sh python"
                        + " /home/work/user-job-dir/app/train.py {python_file_parameter}");
        assertThat(problems(valid().userCommand("bash /home/work/run_train.sh python a.py"))).containsExactly(
                "config.user_command is set without config.user_image_url: a boot command is for a custom image");
    }
}
