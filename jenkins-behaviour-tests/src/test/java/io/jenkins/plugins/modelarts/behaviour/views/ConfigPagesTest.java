package io.jenkins.plugins.modelarts.behaviour.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What core asks of a config page's describable and descriptor when it renders the page: each field is a
 * property the form can read back ({@code instance[field]}), a select has the descriptor's {@code doFillXItems}
 * ({@code Descriptor.calcFillSettings} throws without it), and validation methods match fields of the page.
 */
class ConfigPagesTest {
    private final PluginViews views = PluginViews.ofPlugin();
    private final ViewEvaluator evaluator = new ViewEvaluator(views);
    private final Map<Page, ViewRecording> pages = new LinkedHashMap<>();

    @BeforeEach
    void renderTheConfigPages() {
        for (Page page : new Pages(views).configPages()) {
            pages.put(page, evaluator.evaluate(page.view(), page.variables()));
        }
    }

    @Test
    void everyFieldIsAPropertyWithAGetterOnTheConfiguredClass() {
        Set<String> problems = new LinkedHashSet<>();
        pages.forEach((page, recording) -> {
            for (RecordedTag tag : recording.tags(t -> t.attribute("field") != null)) {
                String field = tag.attribute("field").toString();
                if (!FormFields.hasGetter(page.describable(), field)) {
                    problems.add(where(tag, page) + ": field \"" + field + "\" has no get/is" + FormFields.capitalized(field)
                            + "() on " + page.describable().getName());
                }
            }
        });
        assertThat(problems).as("fields the form cannot read back").isEmpty();
    }

    @Test
    void everySelectHasItsFillMethodOnTheDescriptor() {
        Set<String> problems = new LinkedHashSet<>();
        pages.forEach((page, recording) -> {
            for (RecordedTag select : recording.tags(t -> t.name().equals("select")
                    && (t.library().equals(CapturingTagLibrary.FORM) || t.library().equals(CapturingTagLibrary.CREDENTIALS)))) {
                String field = select.field();
                Class<?> descriptor = page.variable("descriptor").getClass();
                String fill = "doFill" + FormFields.capitalized(String.valueOf(field)) + "Items";
                if (field == null) {
                    problems.add(where(select, page) + ": <" + select.name() + "> outside any field");
                } else if (FormFields.publicMethod(descriptor, fill).isEmpty()) {
                    problems.add(where(select, page) + ": " + descriptor + " doesn't have the " + fill
                            + " method for filling a drop-down list");
                }
            }
        });
        assertThat(problems).as("selects Descriptor.calcFillSettings rejects").isEmpty();
    }

    @Test
    void everyValidationMethodTheFormsCallExistsAndNamesFieldsOfThePage() {
        Set<String> problems = new LinkedHashSet<>();
        Map<Method, Boolean> checksUsed = new LinkedHashMap<>();
        pages.forEach((page, recording) -> {
            Class<?> descriptor = page.variable("descriptor").getClass();
            Set<String> fields = FormFields.of(recording);
            for (Method m : descriptor.getMethods()) {
                if (m.getName().startsWith("doCheck") && isPluginClass(m.getDeclaringClass())) {
                    checksUsed.putIfAbsent(m, false);
                }
            }
            for (String field : fields) {
                Optional<Method> check = FormFields.publicMethod(descriptor, "doCheck" + FormFields.capitalized(field));
                check.ifPresent(m -> {
                    checksUsed.put(m, true);
                    for (String name : FormFields.queryParameters(m)) {
                        if (!name.equals("value") && !fields.contains(name)) {
                            problems.add(page + ": " + m.getName() + " reads @QueryParameter " + name
                                    + ", which is no field of the page");
                        }
                    }
                });
            }
            for (RecordedTag button : recording.tags(CapturingTagLibrary.FORM, "validateButton")) {
                Object method = button.attribute("method");
                Optional<Method> web = FormFields.publicMethod(descriptor, "do" + FormFields.capitalized(String.valueOf(method)));
                if (web.isEmpty()) {
                    problems.add(where(button, page) + ": validateButton method=\"" + method + "\" but " + descriptor.getName()
                            + " has no do" + FormFields.capitalized(String.valueOf(method)));
                    continue;
                }
                List<String> with = button.attribute("with") == null ? List.of()
                        : List.of(button.attribute("with").toString().split(","));
                for (String name : with) {
                    if (!fields.contains(name.strip())) {
                        problems.add(where(button, page) + ": validateButton with=\"" + name + "\", which is no field of the page");
                    }
                }
                for (String name : FormFields.queryParameters(web.get())) {
                    if (!with.contains(name)) {
                        problems.add(where(button, page) + ": " + web.get().getName() + " reads @QueryParameter " + name
                                + ", which the button does not send (with=\"" + button.attribute("with") + "\")");
                    }
                }
            }
            for (RecordedTag tag : recording.tags(t -> t.attribute("checkMethod") != null)) {
                Object verb = tag.attribute("checkMethod");
                if (!verb.equals("get") && !verb.equals("post")) {
                    problems.add(where(tag, page) + ": checkMethod=\"" + verb + "\" is the HTTP method of the check, get or post");
                }
            }
        });
        checksUsed.forEach((m, used) -> {
            if (!used) {
                problems.add(m.getDeclaringClass().getName() + "." + m.getName() + " checks a field no page of its descriptors has");
            }
        });
        assertThat(problems).as("validation that cannot work as written").isEmpty();
    }

    private static boolean isPluginClass(Class<?> type) {
        return type.getName().startsWith("io.jenkins.plugins.modelarts.");
    }

    static String where(RecordedTag tag, Page page) {
        return tag.view().equals(page.view()) ? page.toString() : PluginViews.pageName(tag.view()) + " in " + page;
    }
}
