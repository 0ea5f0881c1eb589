package io.jenkins.plugins.modelarts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small job spec files for CLI tests; {@code emulatorParams} steer the emulator's script for that job. */
final class Specs {
    private Specs() {}

    static Path v1(Path dir, String name, Map<String, String> emulatorParams) {
        String params = emulatorParams.entrySet().stream()
                .map(e -> ",{\"label\":\"" + e.getKey() + "\",\"value\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining());
        return write(dir, name + ".json", "{\"job_name\":\"" + name + "\",\"config\":{\"worker_server_num\":1,"
                + "\"app_url\":\"/test-bucket/src/\",\"boot_file_url\":\"/test-bucket/src/train.py\","
                + "\"data_url\":\"/test-bucket/data/\",\"spec_id\":1,\"engine_id\":1,"
                + "\"log_url\":\"/test-bucket/logs/" + name + "/\","
                + "\"parameter\":[{\"label\":\"lr\",\"value\":\"0.01\"}" + params + "]}}");
    }

    static Path v2(Path dir, String name, Map<String, String> emulatorParams) {
        String params = emulatorParams.entrySet().stream()
                .map(e -> "{\"name\":\"" + e.getKey() + "\",\"value\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        return write(dir, name + ".json", "{\"kind\":\"job\",\"metadata\":{\"name\":\"" + name + "\"},"
                + "\"algorithm\":{\"code_dir\":\"/test-bucket/code/\",\"boot_file\":\"/test-bucket/code/train.py\","
                + "\"parameters\":[" + params + "],"
                + "\"engine\":{\"engine_name\":\"PyTorch\",\"engine_version\":\"PyTorch-1.8.0-python3.7\"}},"
                + "\"spec\":{\"resource\":{\"flavor_id\":\"modelarts.vm.gpu.p100\",\"node_count\":1}}}");
    }

    /** The objects the specs above point to, so that they pass the pre-flight. */
    static void putObjects(io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator emulator) {
        byte[] code = "print('train')".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        emulator.obs().put("test-bucket", "src/train.py", code).put("test-bucket", "code/train.py", code)
                .put("test-bucket", "data/part-0.csv", "a,b".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String text(Path spec) {
        try {
            return Files.readString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String file, String text) {
        try {
            return Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
