package org.valuematrix.spi;

import java.util.Locale;
import java.util.Map;

/**
 * Localised text from the {@code org/valuematrix/i18n} bundle (hosts: their i18n resolver
 * with the user's locale; standalone: {@link java.util.ResourceBundle}).
 */
public interface Messages {

    /**
     * @param key a bundle key; never null
     * @param args MessageFormat arguments
     * @return the text, or the key itself when the bundle lacks it
     */
    String text(String key, Object... args);

    /** @return every key of the bundle with its text, for templates and scripts */
    Map<String, String> all();

    /** @return the locale texts are resolved in */
    Locale locale();
}
