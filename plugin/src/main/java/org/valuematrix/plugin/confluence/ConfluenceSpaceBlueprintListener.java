package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.ValueMatrix;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spaces.SpaceRefusedException;
import org.valuematrix.spaces.SpaceRequest;
import org.valuematrix.spaces.SpaceTemplate;

/**
 * Hands core the spaces made from our space blueprints in Confluence's Create Space dialog.
 * Confluence's blueprint service creates the space (with the site's default permissions, unless
 * the dialog asked for a private one), publishes {@link SpaceBlueprintCreateEvent}, replaces the
 * home page with the blueprint's root template, then publishes
 * {@link SpaceBlueprintHomePageCreateEvent}, all synchronously in the creating request. The first
 * event locks the space down at once; the second, once the home page is final, makes it a
 * customer-facing space (pages built under the final home page: children of the first one would
 * be orphaned when Confluence trashes it). A refusal leaves the space private to its creator.
 *
 * <p>Only blueprints of this plugin, {@code <plugin key>:space-<template>}, are taken.
 */
public class ConfluenceSpaceBlueprintListener {
    /** The wizard's fields, as its form names them (the host passes them in the event's context). */
    public static final String TEAM = "vmTeam";
    public static final String INTERNAL_GROUP = "vmInternalGroup";
    public static final String MODERATORS = "vmModerators";
    public static final String EXTERNAL_GROUPS = "vmExternalGroups";
    public static final String EXPIRES_ON = "vmExpiresOn";
    public static final String OVERRIDE_REASON = "vmOverrideReason";
    public static final String BLUEPRINT_PREFIX = ValueMatrix.PLUGIN_KEY + ":space-";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceSpaceBlueprintListener.class);

    private final HostCreatedSpaces spaces;

    public ConfluenceSpaceBlueprintListener(HostCreatedSpaces spaces) {
        this.spaces = spaces;
    }

    @EventListener
    public void onSpaceCreated(SpaceBlueprintCreateEvent event) {
        if (template(event.getSpaceBlueprint()).isEmpty()) {
            return;
        }
        String key = event.getSpace().getKey();
        try {
            spaces.lockDown(key, userKey(event.getCreator()));
        } catch (RuntimeException e) {
            LOG.error("Could not remove the default permissions of the new space {}", key, e);
        }
    }

    @EventListener
    public void onHomePageCreated(SpaceBlueprintHomePageCreateEvent event) {
        Optional<SpaceTemplate> template = template(event.getSpaceBlueprint());
        if (template.isEmpty()) {
            return;
        }
        Space space = event.getSpace();
        Page home = space.getHomePage();
        if (home == null) {
            LOG.error("The new space {} has no home page; it stays private to its creator", space.getKey());
            return;
        }
        try {
            spaces.takeOver(home.getId(), request(template.get(), space, event.getContext()),
                    userKey(event.getCreator()));
        } catch (BadRequestException e) {
            LOG.warn("The new space {} stays private to its creator: the wizard's {} are invalid", space.getKey(),
                    e.errors());
        } catch (SpaceRefusedException e) {
            LOG.warn("The new space {} stays private to its creator: refused ({})", space.getKey(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Could not make the new space {} customer-facing; it stays private to its creator",
                    space.getKey(), e);
        }
    }

    static Optional<SpaceTemplate> template(SpaceBlueprint blueprint) {
        String key = blueprint == null ? null : blueprint.getModuleCompleteKey();
        if (key == null || !key.startsWith(BLUEPRINT_PREFIX)) {
            return Optional.empty();
        }
        return SpaceTemplate.parse(key.substring(BLUEPRINT_PREFIX.length()));
    }

    static SpaceRequest request(SpaceTemplate template, Space space, Map<String, Object> context) {
        Map<String, Object> fields = context == null ? Map.of() : context;
        return new SpaceRequest(template.wire(), space.getKey(), space.getName(), text(fields.get(TEAM)),
                text(fields.get(INTERNAL_GROUP)), list(fields.get(MODERATORS)), list(fields.get(EXTERNAL_GROUPS)),
                date(text(fields.get(EXPIRES_ON))), text(fields.get(OVERRIDE_REASON)));
    }

    private static String userKey(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }

    /** A form field arrives as a string, or as an array or list when the form repeats it. */
    private static String text(Object value) {
        Object first = value;
        if (value instanceof String[]) {
            first = ((String[]) value).length == 0 ? null : ((String[]) value)[0];
        } else if (value instanceof Collection) {
            first = ((Collection<?>) value).stream().findFirst().orElse(null);
        }
        String text = first == null ? null : String.valueOf(first).trim();
        return text == null || text.isEmpty() ? null : text;
    }

    /** Comma-separated or repeated values, trimmed, blanks dropped. */
    static List<String> list(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof String) {
            raw.add((String) value);
        } else if (value instanceof String[]) {
            raw.addAll(List.of((String[]) value));
        } else if (value instanceof Collection) {
            ((Collection<?>) value).forEach(v -> raw.add(String.valueOf(v)));
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String part : r.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
