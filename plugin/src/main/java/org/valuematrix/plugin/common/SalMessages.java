package org.valuematrix.plugin.common;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.valuematrix.spi.Messages;

/**
 * {@link Messages} from SAL's resolver, in the current user's locale. The host reads the bundles
 * the descriptor's i18n resources name (core's {@code org/valuematrix/i18n} and the plugin's own);
 * every Value Matrix key starts with {@value #PREFIX}.
 */
public class SalMessages implements Messages {
    static final String PREFIX = "vm.";

    private final I18nResolver i18n;
    private final LocaleResolver locales;

    public SalMessages(I18nResolver i18n, LocaleResolver locales) {
        this.i18n = i18n;
        this.locales = locales;
    }

    @Override
    public String text(String key, Object... args) {
        Serializable[] values = new Serializable[args == null ? 0 : args.length];
        for (int i = 0; i < values.length; i++) {
            Object a = args[i];
            values[i] = a == null || a instanceof Serializable ? (Serializable) a : String.valueOf(a);
        }
        String text = i18n.getText(key, values);
        return text == null ? key : text;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> all = i18n.getAllTranslationsForPrefix(PREFIX, locale());
        return all == null ? Map.of() : all;
    }

    @Override
    public Locale locale() {
        Locale locale = locales.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
