package org.valuematrix.standalone.velocity;

import java.util.List;
import java.util.Map;

/**
 * The value types a template may see and call methods on: String, Number, Boolean, Map and
 * List. That is the subset Confluence 9 and Jira 10's Velocity method allowlist accepts
 * without plugin configuration, so a template that renders here renders there.
 */
public final class AllowedTypes {
    private AllowedTypes() {
    }

    public static boolean isAllowed(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map || value instanceof List;
    }

    /**
     * @throws TemplateAllowlistException naming the path of the first value (nested in maps and
     *     lists) that is neither null nor an allowed type, or a map key that is not a String
     */
    public static void check(String path, Object value) {
        if (value == null) {
            return;
        }
        if (!isAllowed(value)) {
            throw new TemplateAllowlistException("template context value '" + path + "' is a "
                    + value.getClass().getName() + "; only String, Number, Boolean, Map, List and null are allowed");
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new TemplateAllowlistException("template context map '" + path + "' has a non-String key");
                }
                check(path + "." + e.getKey(), e.getValue());
            }
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                check(path + "[" + i + "]", list.get(i));
            }
        }
    }
}
