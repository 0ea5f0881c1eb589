package io.jenkins.plugins.modelarts.client.model;

/**
 * One entry of v1 {@code config.data_source}: either OBS data ({@code type} {@code obs} with
 * {@code data_url}) or a dataset version ({@code type} {@code dataset} with {@code dataset_id} and
 * {@code dataset_version}). Note the field is {@code dataset_version} here, not
 * {@code dataset_version_id} as at the top of {@code config}.
 */
public record DataSource(String type, String dataUrl, String datasetId, String datasetVersion) {
    public static final String TYPE_OBS = "obs";
    public static final String TYPE_DATASET = "dataset";

    /** OBS data at {@code /bucket/path/}. */
    public static DataSource obs(String dataUrl) {
        return new DataSource(TYPE_OBS, dataUrl, null, null);
    }

    /** A dataset version. */
    public static DataSource dataset(String datasetId, String datasetVersion) {
        return new DataSource(TYPE_DATASET, null, datasetId, datasetVersion);
    }
}
