package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

/**
 * Compile-only re-declaration (interface, as in SAL) of the users' and the site's time zones.
 *
 * <p>Checked against: SAL 5.1.4 as Confluence 8.7.2 ships it ({@code TimeZone getUserTimeZone()},
 * {@code TimeZone getUserTimeZone(UserKey)}, {@code TimeZone getDefaultTimeZone()}, all non-null),
 * and docs.atlassian.com atlassian-bamboo 6.8 to 10.0 {@code BambooTimeZoneManager}, which
 * implements the same three methods.
 */
public interface TimeZoneManager {

    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey user);

    TimeZone getDefaultTimeZone();
}
