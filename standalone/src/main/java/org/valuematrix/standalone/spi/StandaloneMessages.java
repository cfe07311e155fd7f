package org.valuematrix.standalone.spi;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.valuematrix.spi.Messages;

/**
 * Texts from {@link ResourceBundle}s: core's {@code org/valuematrix/i18n} and the standalone
 * host's own {@code org/valuematrix/standalone/i18n} (as a product plugin adds its bundle to
 * core's). A key in a later bundle wins.
 */
public class StandaloneMessages implements Messages {
    public static final String CORE_BUNDLE = "org/valuematrix/i18n";
    public static final String HOST_BUNDLE = "org/valuematrix/standalone/i18n";

    private final Locale locale;
    private final Map<String, String> texts;

    public StandaloneMessages(Locale locale, List<String> bundles) {
        this.locale = locale;
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            for (String key : new TreeSet<>(bundle.keySet())) {
                all.put(key, bundle.getString(key));
            }
        }
        this.texts = Collections.unmodifiableMap(all);
    }

    public static StandaloneMessages english() {
        return new StandaloneMessages(Locale.ENGLISH, List.of(CORE_BUNDLE, HOST_BUNDLE));
    }

    @Override
    public String text(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return key;
        }
        // Values are MessageFormat patterns (quotes doubled), with or without arguments.
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }

    @Override
    public Map<String, String> all() {
        return texts;
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
