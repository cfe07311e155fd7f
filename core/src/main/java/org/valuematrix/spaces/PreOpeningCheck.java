package org.valuematrix.spaces;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpacePage;

/**
 * What a moderator must look at before customers come in:
 * <ul>
 * <li>{@code mentions} (warning): a page @mentions someone who is in none of the external groups;</li>
 * <li>{@code attachments} (warning): a page has attachments;</li>
 * <li>{@code restricted} (warning): a page other than Internal notes has its own view restriction;</li>
 * <li>{@code internalNotes}: Internal notes exists and only the internal group may view it
 * (passed), else the space does not open (refused);</li>
 * <li>{@code profiles} (warning): an external group may look up everyone's user profile.</li>
 * </ul>
 */
public final class PreOpeningCheck {
    // Storage format names a mentioned person in a ri:user element by key (or, in old pages, name).
    private static final Pattern USER = Pattern.compile("<ri:user\\s[^>]*ri:(userkey|username)=\"([^\"]*)\"");

    private final SpaceAdministration host;
    private final Directory directory;

    public PreOpeningCheck(SpaceAdministration host, Directory directory) {
        this.host = host;
        this.directory = directory;
    }

    public List<Finding> run(CustomerSpace space) {
        List<Finding> out = new ArrayList<>();
        Set<String> externals = new HashSet<>();
        space.externalGroups().forEach(g -> externals.addAll(host.members(g)));
        boolean notesFound = false;
        for (SpacePage page : host.pages(space.key())) {
            Set<String> mentioned = new LinkedHashSet<>();
            Matcher m = USER.matcher(page.body());
            while (m.find()) {
                String key = "userkey".equals(m.group(1)) ? m.group(2) : host.userKey(m.group(2)).orElse(null);
                if (key != null && !externals.contains(key)) {
                    mentioned.add(directory.person(key).map(Person::displayName).orElse(key));
                }
            }
            for (String name : mentioned) {
                out.add(Finding.warning("mentions", page.title(), name));
            }
            if (page.attachments() > 0) {
                out.add(Finding.warning("attachments", page.title(), page.attachments()));
            }
            if (page.id() == space.internalNotesId()) {
                notesFound = true;
                if (page.viewGroups().equals(Set.of(space.internalGroup()))) {
                    out.add(Finding.passed("internalNotes", page.title(), space.internalGroup()));
                } else {
                    out.add(Finding.refused("internalNotes", "stage", page.title(), space.internalGroup()));
                }
            } else if (!page.viewGroups().isEmpty()) {
                out.add(Finding.warning("restricted", page.title(), String.join(", ", new java.util.TreeSet<>(page.viewGroups()))));
            }
        }
        if (!notesFound) {
            out.add(Finding.refused("internalNotesMissing", "stage", space.internalGroup()));
        }
        for (String group : space.externalGroups()) {
            if (host.profilesVisibleTo(group)) {
                out.add(Finding.warning("profiles", group));
            }
        }
        return out;
    }
}
