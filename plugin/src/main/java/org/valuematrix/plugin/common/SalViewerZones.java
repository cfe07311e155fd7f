package org.valuematrix.plugin.common;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.valuematrix.spi.ViewerZones;

/** {@link ViewerZones} from SAL's time zone manager: the user's profile setting, else the site's. */
public class SalViewerZones implements ViewerZones {
    private final TimeZoneManager zones;

    public SalViewerZones(TimeZoneManager zones) {
        this.zones = zones;
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        TimeZone zone = userKey == null ? zones.getDefaultTimeZone() : zones.getUserTimeZone(new UserKey(userKey));
        if (zone == null) {
            zone = zones.getDefaultTimeZone();
        }
        try {
            return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
        } catch (DateTimeException unknownId) {
            // A legacy id java.time does not know would otherwise break every page that shows a time.
            return ZoneId.systemDefault();
        }
    }
}
