package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Compile-only re-declaration (interface, as in SAL) of SAL's i18n resolver.
 *
 * <p>Checked against: docs.atlassian.com sal-api 2.0.16 {@code com.atlassian.sal.api.message.I18nResolver}
 * ({@code getText(String, Serializable...)},
 * {@code getAllTranslationsForPrefix(String, Locale)}), and atlassian-bamboo 8.0.4
 * {@code I18nResolverAdapter} (same members in a current SAL).
 */
public interface I18nResolver {

    String getText(String key, Serializable... arguments);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
