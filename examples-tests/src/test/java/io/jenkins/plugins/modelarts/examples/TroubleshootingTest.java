package io.jenkins.plugins.modelarts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.cli.Cli;
import io.jenkins.plugins.modelarts.cli.CliContext;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/troubleshooting.md, keyed by vendor error code: each code the emulator can produce is produced here with
 * the command line, and the page's "Shows as" line for it must name the exit code and the message's start the
 * command line really printed.
 */
class TroubleshootingTest {
    private static final Path PAGE = Path.of("../docs/troubleshooting.md");
    private ModelArtsEmulator emulator;
    private final Map<String, String> env = new HashMap<>();

    record Run(int exitCode, String err) {}

    @BeforeEach
    void start() {
        emulator = ModelArtsEmulator.builder().build().start();
        env.put("MODELARTS_ENDPOINT", emulator.baseUrl());
        env.put("HUAWEICLOUD_SDK_PROJECT_ID", emulator.projectId());
        env.put("HUAWEICLOUD_SDK_AK", emulator.accessKey());
        env.put("HUAWEICLOUD_SDK_SK", emulator.secretKey());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Run modelarts(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliContext(Map.copyOf(env), new PrintWriter(out, true), new PrintWriter(err, true),
                Clock.systemUTC(), Sleeper.SYSTEM)).run(args);
        return new Run(code, err.toString());
    }

    /** The section of the page for {@code code}: from its heading to the next. */
    static String section(String code) throws IOException {
        String page = Files.readString(PAGE);
        Matcher m = Pattern.compile("(?m)^### `" + Pattern.quote(code) + "`.*$").matcher(page);
        assertThat(m.find()).as("docs/troubleshooting.md has a section '### `" + code + "`'").isTrue();
        int end = page.indexOf("\n### ", m.end());
        return page.substring(m.start(), end < 0 ? page.length() : end).replaceAll("\\s+", " "); // as rendered
    }

    private static void documented(String code, Run run) throws IOException {
        String section = section(code);
        assertThat(run.err()).as("the command line's message").contains(code);
        assertThat(section).as("the exit code in the section of " + code).contains("exit code " + run.exitCode());
        String start = run.err().lines().findFirst().orElseThrow();
        start = start.substring(0, start.indexOf(code) + code.length());
        assertThat(section).as("the message as the command line prints it").contains(start);
    }

    @Test
    void aDuplicateV1JobName() throws IOException {
        assertThat(modelarts("train", "../examples/train-v1.json").exitCode()).isZero();
        documented("ModelArts.0103", modelarts("train", "../examples/train-v1.json"));
    }

    @Test
    void anUnknownV1Job() throws IOException {
        documented("ModelArts.0105", modelarts("versions", "424242"));
    }

    @Test
    void aWrongSecretKey() throws IOException {
        env.put("HUAWEICLOUD_SDK_SK", "not-the-secret-key");
        documented("APIGW.0301", modelarts("jobs", "--api", "v1"));
    }

    @Test
    void throttlingThatOutlastsTheRetries() throws IOException {
        emulator.faults().throttle(100, Duration.ofMillis(10));
        documented("APIGW.0308", modelarts("jobs", "--api", "v1"));
    }

    @Test
    void anUnknownV2Job() throws IOException {
        documented("ModelArts.2775", modelarts("job", "3faf5c03-aaa1-4cbe-8000-00000000abcd"));
    }

    @Test
    void aProjectThatIsNotTheCredentials() throws IOException {
        env.put("HUAWEICLOUD_SDK_PROJECT_ID", "ffffffffffffffffffffffffffffffff");
        documented("ModelArts.2786", modelarts("jobs", "--api", "v1"));
    }

    @Test
    void aDuplicateV2JobName() throws IOException {
        assertThat(modelarts("train", "../examples/train-v2.json").exitCode()).isZero();
        documented("ModelArts.2751", modelarts("train", "../examples/train-v2.json"));
    }

    @Test
    void everyCodeTheUsersMeetHasASection() throws IOException {
        for (String code : new String[] {"ModelArts.0103", "ModelArts.0105", "APIGW.0301", "APIGW.0307", "APIGW.0308",
                "ModelArts.2751", "ModelArts.2775", "ModelArts.2786", "ModelArts.0108", "ModelArts.0206"}) {
            assertThat(section(code)).contains("**Cause**").contains("**Fix**").contains("**Shows as:**");
        }
    }
}
