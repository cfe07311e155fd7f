package org.valuematrix.spaces;

import java.time.LocalDate;
import java.util.List;

/** What the wizard (or {@code POST /spaces}) asks for, already parsed but not yet checked against the host. */
public final class SpaceRequest {
    final String template;
    final String key;
    final String name;
    final String team;
    final String internalGroup;
    final List<String> moderators;
    final List<String> externalGroups;
    final LocalDate expiresOn;
    final String overrideReason;

    /**
     * @param moderators user names
     * @param overrideReason an administrator's reason to allow a second organisation, or null
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public SpaceRequest(String template, String key, String name, String team, String internalGroup,
            List<String> moderators, List<String> externalGroups, LocalDate expiresOn, String overrideReason) {
        this.template = template;
        this.key = key;
        this.name = name;
        this.team = team;
        this.internalGroup = internalGroup;
        this.moderators = moderators == null ? List.of() : List.copyOf(moderators);
        this.externalGroups = externalGroups == null ? List.of() : List.copyOf(externalGroups);
        this.expiresOn = expiresOn;
        this.overrideReason = overrideReason;
    }
}
