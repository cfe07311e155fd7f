package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spaces.SpaceRequest;

/**
 * Spaces made from our blueprints are locked down as soon as Confluence creates them and handed to
 * core with the wizard's fields once their home page is final; every other blueprint is left alone.
 */
class ConfluenceSpaceBlueprintListenerTest {
    private static final String OURS = "org.valuematrix.value-matrix:space-partner";

    private final HostCreatedSpaces spaces = mock(HostCreatedSpaces.class);
    private final ConfluenceSpaceBlueprintListener target = new ConfluenceSpaceBlueprintListener(spaces);
    private final ConfluenceUser ian = ConfluenceFixtures.user("ian");
    private final Space space = ConfluenceFixtures.space("ACME");

    @Test
    void theSpaceCreatedEventOfOurBlueprint_shouldLockTheSpaceDownForItsCreator() {
        target.onSpaceCreated(created(OURS));

        verify(spaces).lockDown("ACME", "ian");
    }

    @Test
    void eventsOfOtherBlueprints_shouldBeLeftAlone() {
        target.onSpaceCreated(created("com.atlassian.confluence.plugins.confluence-space-blueprints:team-space-blueprint"));
        target.onHomePageCreated(homePage("org.valuematrix.value-matrix:space-unknown", Map.of()));
        target.onSpaceCreated(created(null));

        verifyNoInteractions(spaces);
    }

    @Test
    void theHomePageEvent_shouldHandCoreTheWizardsFieldsAndTheHomePage() {
        Page home = ConfluenceFixtures.page(100L, "Acme together", space, ian);
        when(space.getHomePage()).thenReturn(home);
        when(space.getName()).thenReturn("Acme together");
        Map<String, Object> wizard = Map.of("vmTeam", "product", "vmInternalGroup", "product-team",
                "vmModerators", "mia, ian", "vmExternalGroups", new String[] {"acme-customers"},
                "vmExpiresOn", "2027-03-01", "vmOverrideReason", "Approved by legal, see ticket 12", "name", "ignored");
        List<Object> args = new ArrayList<>();
        try (MockedConstruction<SpaceRequest> requests = mockConstruction(SpaceRequest.class,
                (r, c) -> args.addAll(c.arguments()))) {
            target.onHomePageCreated(homePage(OURS, wizard));
            assertThat(requests.constructed()).hasSize(1);
            verify(spaces).takeOver(100L, requests.constructed().get(0), "ian");
        }
        assertThat(args).containsExactly("partner", "ACME", "Acme together", "product", "product-team",
                List.of("mia", "ian"), List.of("acme-customers"), LocalDate.of(2027, 3, 1),
                "Approved by legal, see ticket 12");
    }

    @Test
    void aRefusalOrFailureOfCore_shouldNotEscapeIntoConfluencesRequest() {
        Page home = ConfluenceFixtures.page(100L, "Acme together", space, ian);
        when(space.getHomePage()).thenReturn(home);
        when(spaces.takeOver(anyLong(), any(), anyString()))
                .thenThrow(BadRequestException.of("internalGroup", "unknown"))
                .thenThrow(new IllegalStateException("database gone"));
        doThrow(new IllegalStateException("database gone")).when(spaces).lockDown(anyString(), anyString());

        assertThatCode(() -> target.onHomePageCreated(homePage(OURS, Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> target.onHomePageCreated(homePage(OURS, Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> target.onSpaceCreated(created(OURS))).doesNotThrowAnyException();
    }

    @Test
    void wizardLists_shouldAcceptCommasRepeatsAndBlanks() {
        assertThat(ConfluenceSpaceBlueprintListener.list(" a, b ,,c ")).containsExactly("a", "b", "c");
        assertThat(ConfluenceSpaceBlueprintListener.list(new String[] {"a", "b,c"})).containsExactly("a", "b", "c");
        assertThat(ConfluenceSpaceBlueprintListener.list(List.of("a"))).containsExactly("a");
        assertThat(ConfluenceSpaceBlueprintListener.list(null)).isEmpty();
    }

    /** What the host's event publisher finds: one listener method per event, for the api events it publishes. */
    @Test
    void theListener_shouldListenToTheTwoPublicBlueprintEvents() {
        Set<Class<?>> events = Arrays.stream(ConfluenceSpaceBlueprintListener.class.getMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)).map(Method::getParameterTypes)
                .peek(p -> assertThat(p).hasSize(1)).map(p -> p[0]).collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrder(SpaceBlueprintCreateEvent.class,
                SpaceBlueprintHomePageCreateEvent.class);
    }

    private SpaceBlueprintCreateEvent created(String blueprintKey) {
        SpaceBlueprintCreateEvent event = mock(SpaceBlueprintCreateEvent.class);
        SpaceBlueprint blueprint = blueprint(blueprintKey);
        when(event.getSpaceBlueprint()).thenReturn(blueprint);
        when(event.getSpace()).thenReturn(space);
        when(event.getCreator()).thenReturn(ian);
        return event;
    }

    private SpaceBlueprintHomePageCreateEvent homePage(String blueprintKey, Map<String, Object> context) {
        SpaceBlueprintHomePageCreateEvent event = mock(SpaceBlueprintHomePageCreateEvent.class);
        SpaceBlueprint blueprint = blueprint(blueprintKey);
        when(event.getSpaceBlueprint()).thenReturn(blueprint);
        when(event.getSpace()).thenReturn(space);
        when(event.getCreator()).thenReturn(ian);
        when(event.getContext()).thenReturn(context);
        return event;
    }

    private static SpaceBlueprint blueprint(String key) {
        SpaceBlueprint blueprint = mock(SpaceBlueprint.class);
        when(blueprint.getModuleCompleteKey()).thenReturn(key);
        return blueprint;
    }
}
