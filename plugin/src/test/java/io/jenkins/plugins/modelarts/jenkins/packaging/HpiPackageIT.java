package io.jenkins.plugins.modelarts.jenkins.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .hpi} the build leaves in target/ is what Jenkins can install: checked by opening it, and shown to
 * catch each kind of damage by breaking copies of it.
 */
class HpiPackageIT {
    private static final Path HPI = Path.of(System.getProperty("hpi.file", "target/modelarts.hpi"));

    @TempDir
    Path tmp;

    @Test
    void theBuiltHpiHasEverythingJenkinsReadsWhenItLoadsThePlugin() throws IOException {
        assertThat(HPI).isRegularFile();
        assertThat(HpiInspector.problems(HPI)).isEmpty();
    }

    @Test
    void theInstallPageNamesTheJenkinsVersionAndThePluginsTheManifestRequires() throws IOException {
        java.util.jar.Attributes manifest;
        try (ZipFile zip = new ZipFile(HPI.toFile()); InputStream in = zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF"))) {
            manifest = new java.util.jar.Manifest(in).getMainAttributes();
        }
        String page = Files.readString(Path.of("../docs/install.md"), StandardCharsets.UTF_8);

        assertThat(page).contains("**Jenkins " + manifest.getValue("Jenkins-Version") + " or newer**");
        java.util.Map<String, String> documented = new java.util.TreeMap<>();
        var row = java.util.regex.Pattern.compile("\\| [^|]+ \\(`([a-z0-9-]+)`\\) \\| ([\\w.-]+) \\|").matcher(page);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        java.util.Map<String, String> required = new java.util.TreeMap<>();
        for (String entry : manifest.getValue("Plugin-Dependencies").split(",")) {
            String[] nameAndVersion = entry.split(";")[0].split(":");
            required.put(nameAndVersion[0], nameAndVersion[1]);
        }
        assertThat(documented).isEqualTo(required);
    }

    @Test
    void aMissingSymbolIndexEntryIsNoticed() throws IOException {
        Path broken = rewritePluginJar("META-INF/services/annotations/org.jenkinsci.Symbol",
                text -> text.replace("io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsKeysBinding$DescriptorImpl\n", ""));

        assertThat(HpiInspector.problems(broken)).anyMatch(p -> p.contains("ModelArtsKeysBinding$DescriptorImpl")
                && p.contains("missing from the org.jenkinsci.Symbol index"));
    }

    @Test
    void aMissingExtensionIndexIsNoticed() throws IOException {
        Path broken = rewritePluginJar("META-INF/annotations/hudson.Extension", null);

        assertThat(HpiInspector.problems(broken)).contains("no SezPoz index META-INF/annotations/hudson.Extension");
    }

    @Test
    void aMissingManifestAttributeIsNoticed() throws IOException {
        Path broken = rewriteHpi("META-INF/MANIFEST.MF", text -> text.replaceAll("(?m)^Jenkins-Version: .*\\r?\\n", ""));

        assertThat(HpiInspector.problems(broken)).contains("manifest attribute Jenkins-Version is missing");
    }

    @Test
    void aMissingOrAnUnusedPluginDependencyIsNoticed() throws IOException {
        Path missing = rewriteHpi("META-INF/MANIFEST.MF", text -> unfold(text).replace("structs:", "workflow-api:"));

        assertThat(HpiInspector.problems(missing))
                .contains("the code uses structs but Plugin-Dependencies does not list it")
                .contains("Plugin-Dependencies lists workflow-api, which the code does not use");
    }

    @Test
    void aBundledJenkinsClassIsNoticed() throws IOException {
        Path broken = copyWith((name, out, in) -> {
            if (name.startsWith("WEB-INF/lib/okio-jvm")) {
                out.putNextEntry(new ZipEntry(name)); // a library jar that holds a core class
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
                    jar.putNextEntry(new ZipEntry("hudson/model/Run.class"));
                    jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                    jar.closeEntry();
                }
                out.write(bytes.toByteArray());
                out.closeEntry();
                return true;
            }
            return false;
        });

        assertThat(HpiInspector.problems(broken)).anyMatch(p -> p.contains("bundles hudson/model/Run.class"));
    }

    @Test
    void bundledTestSupportIsNoticed() throws IOException {
        Path broken = copyWith((name, out, in) -> {
            if (name.startsWith("WEB-INF/lib/modelarts-emulator")) {
                out.putNextEntry(new ZipEntry(name)); // the emulator's jar with its JUnit extension back in
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (var jarIn = new java.util.zip.ZipInputStream(in); ZipOutputStream jar = new ZipOutputStream(bytes)) {
                    for (var e = jarIn.getNextEntry(); e != null; e = jarIn.getNextEntry()) {
                        jar.putNextEntry(new ZipEntry(e.getName()));
                        jarIn.transferTo(jar);
                        jar.closeEntry();
                    }
                    jar.putNextEntry(new ZipEntry("io/jenkins/plugins/modelarts/emulator/ModelArtsEmulatorExtension.class"));
                    jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                    jar.closeEntry();
                }
                out.write(bytes.toByteArray());
                out.closeEntry();
                return true;
            }
            return false;
        });

        assertThat(HpiInspector.problems(broken)).anyMatch(p -> p.startsWith("WEB-INF/lib/modelarts-emulator")
                && p.endsWith("bundles test support io/jenkins/plugins/modelarts/emulator/ModelArtsEmulatorExtension.class"));
    }

    /** Manifest lines are folded at 72 bytes; unfolded, a value can be edited as one line. */
    private static String unfold(String manifest) {
        return manifest.replaceAll("\\r?\\n ", "");
    }

    private interface EntryRewriter {
        /** Writes the entry itself and returns true, or returns false to copy it unchanged. */
        boolean rewrite(String name, ZipOutputStream out, InputStream in) throws IOException;
    }

    private Path rewriteHpi(String entry, UnaryOperator<String> edit) throws IOException {
        return copyWith((name, out, in) -> {
            if (!name.equals(entry)) {
                return false;
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            return true;
        });
    }

    /** A copy of the hpi whose plugin jar has {@code entry} edited, or removed when {@code edit} is null. */
    private Path rewritePluginJar(String entry, UnaryOperator<String> edit) throws IOException {
        return copyWith((name, out, in) -> {
            if (!name.equals("WEB-INF/lib/modelarts.jar")) {
                return false;
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (var jarIn = new java.util.zip.ZipInputStream(in); ZipOutputStream jarOut = new ZipOutputStream(bytes)) {
                for (var e = jarIn.getNextEntry(); e != null; e = jarIn.getNextEntry()) {
                    byte[] content = jarIn.readAllBytes();
                    if (e.getName().equals(entry)) {
                        if (edit == null) {
                            continue;
                        }
                        content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    jarOut.putNextEntry(new ZipEntry(e.getName()));
                    jarOut.write(content);
                    jarOut.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes.toByteArray());
            out.closeEntry();
            return true;
        });
    }

    private Path copyWith(EntryRewriter rewriter) throws IOException {
        Path copy = tmp.resolve("broken-" + System.nanoTime() + ".hpi");
        try (ZipFile zip = new ZipFile(HPI.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!rewriter.rewrite(entry.getName(), out, in)) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        return copy;
    }
}
