package io.jenkins.plugins.modelarts.client.model;

/**
 * One entry of v1 {@code config.volumes}: exactly one of an SFS Turbo file system ({@code nfs}) or
 * a host directory ({@code host_path}, dedicated pools only) mounted into the training container.
 */
public record Volume(Nfs nfs, HostPath hostPath) {

    /** Mounts SFS Turbo file system {@code id} ({@code src_path}, e.g. {@code 192.168.8.150:/}) at {@code dest_path}. */
    public static Volume nfs(String id, String srcPath, String destPath, Boolean readOnly) {
        return new Volume(new Nfs(id, srcPath, destPath, readOnly), null);
    }

    /** Mounts host directory {@code src_path} at {@code dest_path}. */
    public static Volume hostPath(String srcPath, String destPath, Boolean readOnly) {
        return new Volume(null, new HostPath(srcPath, destPath, readOnly));
    }

    /** An SFS Turbo (NFS) volume; {@code read_only} defaults to false on the server. */
    public record Nfs(String id, String srcPath, String destPath, Boolean readOnly) {}

    /** A host-path volume; {@code read_only} defaults to false on the server. */
    public record HostPath(String srcPath, String destPath, Boolean readOnly) {}
}
