package org.valuematrix.standalone.demo;

import java.util.List;

/** A person of the demo organisation: directory identity, home team and groups. */
public record DemoPerson(String key, String username, String displayName, DemoOrganisation.TeamSpec team,
        List<String> groups) {
}
