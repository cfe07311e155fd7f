package org.valuematrix.testing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.valuematrix.spi.Messages;

/** The real core bundle ({@code org/valuematrix/i18n}), read as the standalone host reads it. */
public final class BundleMessages implements Messages {
    private final ResourceBundle bundle = ResourceBundle.getBundle("org.valuematrix.i18n", Locale.ROOT);

    @Override
    public String text(String key, Object... args) {
        if (!bundle.containsKey(key)) {
            return key;
        }
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        for (String key : bundle.keySet()) {
            out.put(key, bundle.getString(key));
        }
        return out;
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }
}
