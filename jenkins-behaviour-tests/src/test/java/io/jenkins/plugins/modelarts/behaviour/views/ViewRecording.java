package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one page evaluation did: the views it ran (the page and every plugin view it included), the
 * tag-library elements they used, every {@code ${...}} evaluation, and the rendered output.
 */
public final class ViewRecording {
    private final List<RecordedTag> tags = new ArrayList<>();
    private final List<RecordedExpression> expressions = new ArrayList<>();
    private final Set<String> views = new LinkedHashSet<>();
    private final List<String> includesOutside = new ArrayList<>();
    private final Deque<RecordedTag> open = new ArrayDeque<>();
    private final Deque<String> viewStack = new ArrayDeque<>();
    private String output = "";

    RecordedTag enterTag(String library, String name, Map<String, Object> attributes) {
        RecordedTag tag = new RecordedTag(currentView(), library, name,
                Collections.unmodifiableMap(new LinkedHashMap<>(attributes)), open.peek());
        tags.add(tag);
        open.push(tag);
        return tag;
    }

    void leaveTag() {
        open.pop();
    }

    void enterView(String view) {
        views.add(view);
        viewStack.push(view);
    }

    void leaveView() {
        viewStack.pop();
    }

    String currentView() {
        return viewStack.isEmpty() ? "?" : viewStack.peek();
    }

    void expression(RecordedExpression expression) {
        expressions.add(expression);
    }

    void includeOutsideThePlugin(String view, Object page, Class<?> scriptClass) {
        includesOutside.add(view + " includes " + page + " of " + scriptClass.getName());
    }

    void output(String html) {
        output = html;
    }

    /** Every view that ran, the page first. */
    public Set<String> views() {
        return Collections.unmodifiableSet(views);
    }

    /** The {@code st:include}s whose page the plugin does not have: {@code view includes page of class}. */
    public List<String> includesOutsideThePlugin() {
        return Collections.unmodifiableList(includesOutside);
    }

    public List<RecordedTag> tags() {
        return Collections.unmodifiableList(tags);
    }

    public List<RecordedTag> tags(Predicate<RecordedTag> filter) {
        return tags.stream().filter(filter).toList();
    }

    public List<RecordedTag> tags(String library, String name) {
        return tags(t -> t.is(library, name));
    }

    public List<RecordedExpression> expressions() {
        return Collections.unmodifiableList(expressions);
    }

    /**
     * The rendered page: in a view with {@code escape-by-default}, text expressions escaped as Jenkins' Jelly fork
     * escapes them ({@link EscapingXmlParser}); other text as written; attribute values XML-escaped by dom4j's writer.
     */
    public String output() {
        return output;
    }
}
