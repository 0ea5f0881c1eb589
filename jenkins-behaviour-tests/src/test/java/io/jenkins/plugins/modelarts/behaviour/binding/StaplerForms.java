package io.jenkins.plugins.modelarts.behaviour.binding;

import hudson.util.Secret;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.RequestImpl;
import org.kohsuke.stapler.Stapler;

/**
 * Binds form submissions with the real Stapler, as a controller does when a configuration form is saved
 * ({@code Descriptor.newInstance} → {@code StaplerRequest.bindJSON}) or when the global configuration is
 * submitted ({@code GlobalConfiguration.configure} → {@code bindJSON(this, json)}): constructor parameters
 * by name, {@code @DataBoundSetter}s, commons-beanutils converters for text, {@code $class} for subtypes.
 *
 * <p>The servlet container is a set of proxies (a context backed by an attribute map, a request that answers
 * nothing); Stapler needs no more to bind. This is Stapler 1.263, the newest on Maven Central; Jenkins 2.479.x
 * runs 1903.x, whose binding rules are the same for what is checked here (converters, setters, lists, nulls).
 */
final class StaplerForms {
    private final Stapler stapler = new Stapler();
    private final HttpServletRequest request = proxy(HttpServletRequest.class, new HashMap<>());

    StaplerForms() {
        Map<String, Object> attributes = new HashMap<>();
        ServletContext context = proxy(ServletContext.class, attributes);
        Map<String, Object> configValues = new HashMap<>();
        configValues.put("getServletContext", context);
        configValues.put("getServletName", "Stapler");
        ServletConfig config = proxy(ServletConfig.class, configValues);
        try {
            stapler.init(config);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registers a text-to-{@code Secret} converter, as core's {@code Secret} does in its static initialiser
     * ({@code Secret.fromString}; the stubs' Secret holds the text unencrypted).
     */
    static void registerSecretConverter() {
        Stapler.CONVERT_UTILS.register(new org.apache.commons.beanutils.Converter() {
            @Override
            public <T> T convert(Class<T> type, Object value) {
                return type.cast(value == null || value instanceof Secret ? value : Secret.fromString(value.toString()));
            }
        }, Secret.class);
    }

    /** A new object of {@code type} from the JSON a form posts, as {@code Descriptor.newInstance} binds it. */
    <T> T bind(Class<T> type, String json) {
        return bind(type, JSONObject.fromObject(json));
    }

    <T> T bind(Class<T> type, JSONObject json) {
        return newRequest().bindJSON(type, json);
    }

    /** Sets the form's values on an existing object, as {@code GlobalConfiguration.configure} does. */
    void bindInto(Object bean, String json) {
        newRequest().bindJSON(bean, JSONObject.fromObject(json));
    }

    private RequestImpl newRequest() {
        return new RequestImpl(stapler, request, new ArrayList<>(), null);
    }

    /**
     * An interface implemented by a map: getters and setters of attributes ({@code getAttribute},
     * {@code setAttribute}), fixed values by method name, empty enumerations, and defaults for primitives.
     */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        Map<String, Object> attributes = new HashMap<>();
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (name.equals("getAttribute")) {
                return attributes.get((String) args[0]);
            }
            if (name.equals("setAttribute")) {
                attributes.put((String) args[0], args[1]);
                return null;
            }
            if (name.equals("removeAttribute")) {
                attributes.remove((String) args[0]);
                return null;
            }
            if (values.containsKey(name)) {
                return values.get(name);
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(self);
            }
            if (name.equals("equals")) {
                return self == args[0];
            }
            if (name.equals("toString")) {
                return type.getSimpleName() + " proxy";
            }
            Class<?> returns = method.getReturnType();
            if (returns == Enumeration.class) {
                return Collections.emptyEnumeration();
            }
            if (returns == boolean.class) {
                return false;
            }
            if (returns == int.class || returns == long.class) {
                return returns == int.class ? (Object) 0 : (Object) 0L;
            }
            return null;
        };
        return (T) Proxy.newProxyInstance(StaplerForms.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
