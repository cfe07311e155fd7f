package org.valuematrix.spaces;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A customer-facing space as Value Matrix keeps it: how it was made and how far it is open. */
public final class CustomerSpace {
    private final String key;
    private final String name;
    private final SpaceTemplate template;
    private final String team;
    private final String internalGroup;
    private final List<String> moderators;
    private final List<String> externalGroups;
    private final LocalDate expiresOn;
    private final SpaceStage stage;
    private final long internalNotesId;
    private final boolean expired;
    private final boolean noticeSent;

    /**
     * @param moderators user keys
     * @param expiresOn the day the external groups lose access
     * @param expired whether the expiry job has already returned it to rehearsal for this date
     * @param noticeSent whether moderators were told of this date
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public CustomerSpace(String key, String name, SpaceTemplate template, String team, String internalGroup,
            List<String> moderators, List<String> externalGroups, LocalDate expiresOn, SpaceStage stage,
            long internalNotesId, boolean expired, boolean noticeSent) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
        this.template = Objects.requireNonNull(template);
        this.team = Objects.requireNonNull(team);
        this.internalGroup = Objects.requireNonNull(internalGroup);
        this.moderators = List.copyOf(moderators);
        this.externalGroups = List.copyOf(externalGroups);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.stage = Objects.requireNonNull(stage);
        this.internalNotesId = internalNotesId;
        this.expired = expired;
        this.noticeSent = noticeSent;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public SpaceTemplate template() {
        return template;
    }

    public String team() {
        return team;
    }

    public String internalGroup() {
        return internalGroup;
    }

    public List<String> moderators() {
        return moderators;
    }

    public List<String> externalGroups() {
        return externalGroups;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public SpaceStage stage() {
        return stage;
    }

    public long internalNotesId() {
        return internalNotesId;
    }

    public boolean expired() {
        return expired;
    }

    public boolean noticeSent() {
        return noticeSent;
    }

    public CustomerSpace at(SpaceStage newStage) {
        return new CustomerSpace(key, name, template, team, internalGroup, moderators, externalGroups, expiresOn,
                newStage, internalNotesId, expired, noticeSent);
    }
}
