package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Compile-only re-declaration (class, as in the host) of the event the Create Space dialog's
 * blueprint service publishes. In the host the getters are inherited from the deprecated
 * {@code createcontent.events.SpaceBlueprintHomePageCreateEvent} and, for {@code getSpace()}, Confluence's
 * {@code SpaceEvent}; the JVM resolves them there.
 *
 * <p>Checked against: the decompiled confluence-create-content-plugin 18.7.17 (shipped with Confluence
 * 8.7.2) {@code api.events.SpaceBlueprintHomePageCreateEvent} ({@code @PublicApi public class SpaceBlueprintHomePageCreateEvent extends
 * com.atlassian.confluence.plugins.createcontent.events.SpaceBlueprintHomePageCreateEvent}), its superclass
 * ({@code Map<String, Object> getContext()}, {@code SpaceBlueprint getSpaceBlueprint()},
 * {@code ConfluenceUser getCreator()}) and {@code SpaceEvent#getSpace()}; {@code DefaultSpaceBlueprintService}
 * publishes this {@code api.events} class, synchronously.
 */
public class SpaceBlueprintHomePageCreateEvent {

    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only");
    }

    public SpaceBlueprint getSpaceBlueprint() {
        throw new UnsupportedOperationException("compile-only");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the wizard's form fields and the blueprint's context, by field name */
    public Map<String, Object> getContext() {
        throw new UnsupportedOperationException("compile-only");
    }
}
