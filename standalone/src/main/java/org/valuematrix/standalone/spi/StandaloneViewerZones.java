package org.valuematrix.standalone.spi;

import java.time.ZoneId;
import org.valuematrix.spi.ViewerZones;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.User;

/** {@link ViewerZones} from the embedded directory: a person's own zone, else the host's. */
public class StandaloneViewerZones implements ViewerZones {
    private final EmbeddedDirectory directory;
    private final ZoneId hostZone;

    public StandaloneViewerZones(EmbeddedDirectory directory, ZoneId hostZone) {
        this.directory = directory;
        this.hostZone = hostZone;
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        if (userKey == null) {
            return hostZone;
        }
        return directory.snapshot().user(userKey).flatMap(User::zone).orElse(hostZone);
    }
}
