package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.Map;

/**
 * One element of a Jenkins tag library ({@code /lib/form}, {@code /lib/credentials}, {@code jelly:stapler}...)
 * as a view used it: its attributes after Jelly evaluated their expressions, and the tag it was nested in.
 *
 * @param view the view (resource path) the element is written in
 * @param library the tag library's namespace URI
 * @param name the element's local name, {@code entry} for {@code <f:entry>}
 * @param attributes the evaluated attributes; a null value is an expression that evaluated to null
 * @param parent the enclosing library element, null at the top of a page
 */
public record RecordedTag(String view, String library, String name, Map<String, Object> attributes, RecordedTag parent) {

    public Object attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public boolean is(String libraryUri, String localName) {
        return library.equals(libraryUri) && name.equals(localName);
    }

    /**
     * The field the element binds to: its own {@code field} attribute, else that of the nearest enclosing
     * element that has one (core's {@code <f:entry field>} exposes it to the controls inside it).
     */
    public String field() {
        for (RecordedTag tag = this; tag != null; tag = tag.parent) {
            Object field = tag.attributes.get("field");
            if (field != null) {
                return field.toString();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return view + ": <" + name + " " + attributes + ">";
    }
}
