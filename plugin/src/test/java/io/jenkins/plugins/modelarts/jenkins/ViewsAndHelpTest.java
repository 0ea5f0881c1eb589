package io.jenkins.plugins.modelarts.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every form is escape-by-default, every form field is a property of its class, and every field has
 * a help file Jenkins can find (in the class's folder or a superclass's).
 */
class ViewsAndHelpTest {
    private static final Path RESOURCES = Paths.get("src/main/resources");
    private static final Pattern FIELD = Pattern.compile("field=\"(\\w+)\"");
    private static final Pattern INCLUDE = Pattern.compile("<st:include page=\"([\\w.-]+)\" class=\"([\\w.]+)\"/>");

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jelly")).toList();
        }
    }

    private static Class<?> classOf(Path view) throws ClassNotFoundException {
        String name = RESOURCES.relativize(view.getParent()).toString().replace('/', '.').replace('\\', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) { // a nested class: pkg/Outer/Inner is pkg.Outer$Inner
            int dot = name.lastIndexOf('.');
            return Class.forName(name.substring(0, dot) + "$" + name.substring(dot + 1));
        }
    }

    private static boolean hasProperty(Class<?> type, String field) {
        String cap = field.substring(0, 1).toUpperCase() + field.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHelp(Class<?> type, String field) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Path folder = RESOURCES.resolve(c.getName().replace('.', '/').replace('$', '/'));
            if (Files.exists(folder.resolve("help-" + field + ".html"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyViewEscapesByDefault() throws IOException {
        List<Path> views = views();
        assertThat(views).hasSizeGreaterThan(15);
        for (Path view : views) {
            assertThat(Files.readString(view, StandardCharsets.UTF_8)).as(view.toString())
                    .startsWith("<?jelly escape-by-default='true'?>");
        }
    }

    @Test
    void everyFormFieldIsAPropertyWithAHelpFile() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path view : views()) {
            String name = view.getFileName().toString();
            if (!(name.startsWith("config") || name.equals("credentials.jelly"))) {
                continue;
            }
            Class<?> type = classOf(view);
            Matcher m = FIELD.matcher(Files.readString(view, StandardCharsets.UTF_8));
            while (m.find()) {
                String field = m.group(1);
                if (!hasProperty(type, field) && !field.equals("parameters")) {
                    problems.add(view + ": no property " + field + " on " + type.getSimpleName());
                }
                if (!hasHelp(type, field)) {
                    problems.add(view + ": no help-" + field + ".html for " + type.getSimpleName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void includedViewsExistWhereTheyAreIncludedFrom() throws Exception {
        for (Path view : views()) {
            Matcher m = INCLUDE.matcher(Files.readString(view, StandardCharsets.UTF_8));
            while (m.find()) {
                Path included = RESOURCES.resolve(m.group(2).replace('.', '/')).resolve(m.group(1));
                assertThat(included).as(view + " includes").exists();
            }
        }
    }

    @Test
    void everyDataBoundSetterOfEveryStepAndBuilderHasHelp() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(io.jenkins.plugins.modelarts.jenkins.steps.TrainStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.WaitForJobStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.GateStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.VersionsStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.JobsStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.JobStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.StopJobStep.class,
                io.jenkins.plugins.modelarts.jenkins.steps.ConfigsStep.class,
                io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsTrainBuilder.class,
                io.jenkins.plugins.modelarts.jenkins.freestyle.ModelArtsGateRecorder.class,
                io.jenkins.plugins.modelarts.jenkins.freestyle.FreestyleSettings.class,
                io.jenkins.plugins.modelarts.jenkins.credentials.ModelArtsKeysBinding.class,
                io.jenkins.plugins.modelarts.jenkins.connection.ModelArtsGlobalConfiguration.class)) {
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)) {
                    String field = Introspector.decapitalize(m.getName().substring(3));
                    if (!hasHelp(type, field)) {
                        missing.add(type.getSimpleName() + "." + field);
                    }
                }
            }
            assertThat(RESOURCES.resolve(type.getName().replace('.', '/').replace('$', '/')))
                    .as(type.getSimpleName() + " has views").isDirectory();
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void thePluginDescribesItself() {
        assertThat(RESOURCES.resolve("index.jelly")).exists();
        assertThat(Paths.get("src/main/webapp/images/modelarts.svg")).exists();
    }
}
