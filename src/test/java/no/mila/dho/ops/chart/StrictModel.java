package no.mila.dho.ops.chart;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;

/**
 * Unknown fields fail: fabric8's model keeps a field it does not know in the object's {@code additionalProperties}
 * instead of refusing it, so every object of the model is walked and each such map must be empty (a misspelt or
 * misplaced field of a manifest would otherwise be dropped by the API server, or refused only at install time).
 */
final class StrictModel {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private StrictModel() {
    }

    static void assertNoUnknownFields(Object object, String path) {
        walk(object, path, 0);
    }

    private static void walk(Object value, String path, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || Modifier.isStatic(getter.getModifiers()) || getter.getName().equals("getClass")) {
                continue;
            }
            Object field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                // a custom resource keeps its whole body there: the tests check its fields by name
                if (!(value instanceof GenericKubernetesResource) && field instanceof Map<?, ?> unknown
                        && !unknown.isEmpty()) {
                    throw new AssertionError("Unknown field(s) " + unknown.keySet() + " at " + path);
                }
                continue;
            }
            walk(field, path + "." + property(getter), depth + 1);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // a computed getter that does not apply to this object
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
