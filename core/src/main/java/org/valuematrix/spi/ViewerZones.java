package org.valuematrix.spi;

import java.time.ZoneId;

/**
 * The time zone a person reads times in: the products' user setting (SAL's time zone manager),
 * the standalone directory's. Times on pages, the stream's day headings and date filters use it.
 */
public interface ViewerZones {

    /**
     * @param userKey a person's user key, or null for an anonymous viewer
     * @return their zone; the site's default zone for anonymous viewers, unknown people and
     *     people without a zone of their own; never null
     */
    ZoneId zoneOf(String userKey);

    /** @return a port that answers {@code zone} for everyone */
    static ViewerZones fixed(ZoneId zone) {
        return userKey -> zone;
    }
}
