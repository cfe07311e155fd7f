package org.valuematrix.spaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Person;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;

/**
 * Makes a customer-facing space from a template, all or nothing: a private space, exactly the
 * rehearsal grants, the page tree with Internal notes restricted, then its row and audit entry in
 * one transaction. A failure after the host made the space removes the space (with its pages and
 * grants); the rows are written last, so a failure leaves none.
 */
public class SpaceCreation {
    /** A Confluence space key as this feature accepts it. */
    static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{0,31}");
    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SpaceCreation.class);

    private final SpaceAdministration host;
    private final Directory directory;
    private final TeamCatalog teams;
    private final SafetyRules rules;
    private final SpaceStore store;
    private final SpaceAudit audit;
    private final EntityAccess ao;
    private final StoragePages pages;
    private final Messages messages;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public SpaceCreation(SpaceAdministration host, Directory directory, TeamCatalog teams, SafetyRules rules,
            SpaceStore store, SpaceAudit audit, EntityAccess ao, Messages messages, Clock clock) {
        this.host = host;
        this.directory = directory;
        this.teams = teams;
        this.rules = rules;
        this.store = store;
        this.audit = audit;
        this.ao = ao;
        this.pages = new StoragePages(messages);
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param creator the user key of who asks; {@code admin} whether they administer the host
     * @throws BadRequestException naming each invalid field
     * @throws SpaceRefusedException 400 for a safety rule, 409 for a key in use
     */
    public CustomerSpace create(SpaceRequest r, String creator, boolean admin) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SpaceTemplate> template = SpaceTemplate.parse(r.template);
        if (template.isEmpty()) {
            errors.put("template", messages.text("vm.spaces.invalid.template"));
        }
        if (r.key == null || !KEY.matcher(r.key).matches()) {
            errors.put("key", messages.text("vm.spaces.invalid.key"));
        }
        String name = r.name == null ? "" : r.name.trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put("name", messages.text("vm.spaces.invalid.name", MAX_NAME));
        }
        Optional<Team> team = r.team == null ? Optional.empty()
                : teams.team(r.team).filter(t -> t.kind() == TeamKind.INTERNAL);
        if (team.isEmpty()) {
            errors.put("team", messages.text("vm.spaces.invalid.team"));
        }
        if (r.internalGroup == null || !host.groupExists(r.internalGroup)) {
            errors.put("internalGroup", messages.text("vm.spaces.invalid.group"));
        }
        List<String> moderators = new ArrayList<>();
        for (String username : r.moderators) {
            Optional<String> key = username == null ? Optional.empty() : host.userKey(username);
            if (key.isEmpty()) {
                errors.put("moderators", messages.text("vm.spaces.invalid.moderator", String.valueOf(username)));
                break;
            }
            if (!moderators.contains(key.get())) {
                moderators.add(key.get());
            }
        }
        if (r.moderators.isEmpty()) {
            errors.put("moderators", messages.text("vm.spaces.invalid.moderators"));
        }
        if (r.externalGroups.isEmpty()) {
            errors.put("externalGroups", messages.text("vm.spaces.invalid.externalGroups"));
        }
        for (String g : r.externalGroups) {
            if (g == null || !host.groupExists(g)) {
                errors.put("externalGroups", messages.text("vm.spaces.invalid.externalGroup", String.valueOf(g)));
                break;
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (r.expiresOn == null || !r.expiresOn.isAfter(today)) {
            errors.put("expiresOn", messages.text("vm.spaces.invalid.expiresOn"));
        }
        boolean override = admin && r.overrideReason != null && !r.overrideReason.isBlank();
        if (r.overrideReason != null && r.overrideReason.length() > MAX_REASON) {
            errors.put("overrideReason", messages.text("vm.spaces.invalid.reason", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        if (!admin && !directory.groupsOf(creator).contains(r.internalGroup)) {
            throw new SpaceRefusedException(403, List.of(Finding.refused("creatorNotInternal", "internalGroup",
                    r.internalGroup)));
        }
        List<String> externals = new ArrayList<>(new java.util.LinkedHashSet<>(r.externalGroups));
        List<Finding> refused = rules.groups(r.internalGroup, externals, Set.of(), override);
        if (!refused.isEmpty()) {
            throw new SpaceRefusedException(400, refused);
        }
        if (store.space(r.key).isPresent() || host.spaceExists(r.key)) {
            throw new SpaceRefusedException(409, List.of(Finding.refused("keyInUse", "key", r.key)));
        }
        boolean secondOrganisation = override && !rules.groups(r.internalGroup, externals, Set.of(), false).isEmpty();
        return make(template.get(), r.key, name, team.get(), r.internalGroup, moderators, externals, r.expiresOn,
                creator, secondOrganisation ? r.overrideReason.trim() : null);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private CustomerSpace make(SpaceTemplate template, String key, String name, Team team, String internalGroup,
            List<String> moderators, List<String> externals, LocalDate expiresOn, String creator, String override) {
        long home = host.createPrivateSpace(key, name, creator);
        try {
            CustomerSpace draft = new CustomerSpace(key, name, template, team.key(), internalGroup, moderators,
                    externals, expiresOn, SpaceStage.REHEARSAL, 0, false, false);
            PermissionDiff diff = PermissionDiff.between(host.grants(key),
                    StagePresets.grants(draft, SpaceStage.REHEARSAL));
            new GrantChanges(host, key).apply(diff);
            StoragePages.Words words = new StoragePages.Words(name, team.name(), names(moderators), internalGroup);
            host.updatePage(home, pages.title(template.home(), words), pages.body(template.home(), words));
            long notes = children(template.home(), key, home, -1, words);
            CustomerSpace space = new CustomerSpace(key, name, template, team.key(), internalGroup, moderators,
                    externals, expiresOn, SpaceStage.REHEARSAL, notes, false, false);
            ao.executeInTransaction(() -> {
                store.add(space, creator);
                audit.record(key, creator, SpaceAudit.CREATED, null, SpaceStage.REHEARSAL, null, diff.toText());
                if (override != null) {
                    audit.record(key, creator, SpaceAudit.OVERRIDE, null, SpaceStage.REHEARSAL, override, null);
                }
                return null;
            });
            return space;
        } catch (RuntimeException e) {
            try {
                host.removeSpace(key);
            } catch (RuntimeException undo) {
                LOG.error("Could not remove the space {} whose creation failed", key, undo);
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /** Writes the page's children and theirs; @return the id of Internal notes, or {@code notes} when not below */
    private long children(TemplatePage page, String key, long id, long notes, StoragePages.Words words) {
        long found = notes;
        for (TemplatePage child : page.children()) {
            long childId = host.createPage(key, id, pages.title(child, words), pages.body(child, words));
            if (child.isInternalNotes()) {
                host.restrictView(childId, Set.of(words.internalGroup));
                found = childId;
            }
            found = children(child, key, childId, found, words);
        }
        return found;
    }

    private String names(List<String> userKeys) {
        List<String> out = new ArrayList<>();
        userKeys.forEach(k -> out.add(directory.person(k).map(Person::displayName).orElse(k)));
        return String.join(", ", out);
    }
}
