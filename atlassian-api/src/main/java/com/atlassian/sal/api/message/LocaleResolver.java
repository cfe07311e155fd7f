package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Compile-only re-declaration (interface, as in SAL) of the current user's locale lookup.
 *
 * <p>Checked against: docs.atlassian.com atlassian-confluence 5.7
 * {@code com.atlassian.sal.confluence.message.ConfluenceLocaleResolver} (implements this interface:
 * {@code Locale getLocale()}).
 */
public interface LocaleResolver {

    Locale getLocale();
}
