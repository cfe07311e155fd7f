package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spaces.SpaceAudit;

/** Every change of a customer-facing space reaches Confluence's audit log, and the log never breaks a change. */
class ConfluenceHostAuditLogTest {
    private final AuditService audit = mock(AuditService.class);
    private final AuditEvent.Builder entry = mock(AuditEvent.Builder.class, RETURNS_SELF);
    private final AuditEvent built = mock(AuditEvent.class);
    private final AuditResource space = mock(AuditResource.class);
    private final AuditResource.Builder spaceBuilder = mock(AuditResource.Builder.class, RETURNS_SELF);
    private final ChangedValue stage = mock(ChangedValue.class);
    private final ChangedValue.Builder stageBuilder = mock(ChangedValue.Builder.class, RETURNS_SELF);
    private final AuditAttribute reason = mock(AuditAttribute.class);
    private final AuditAttribute grants = mock(AuditAttribute.class);
    private MockedStatic<AuditEvent> events;
    private MockedStatic<AuditResource> resources;
    private MockedStatic<ChangedValue> values;
    private MockedStatic<AuditAttribute> attributes;

    @BeforeEach
    void setUp() {
        when(entry.build()).thenReturn(built);
        when(spaceBuilder.build()).thenReturn(space);
        when(stageBuilder.build()).thenReturn(stage);
        events = mockStatic(AuditEvent.class);
        events.when(() -> AuditEvent.fromI18nKeys(anyString(), anyString(), any(), any())).thenReturn(entry);
        resources = mockStatic(AuditResource.class);
        resources.when(() -> AuditResource.builder("Acme together", "Space")).thenReturn(spaceBuilder);
        values = mockStatic(ChangedValue.class);
        values.when(() -> ChangedValue.fromI18nKeys("vm.spaces.hostaudit.stage")).thenReturn(stageBuilder);
        attributes = mockStatic(AuditAttribute.class);
        AuditAttribute.Builder reasonBuilder = mock(AuditAttribute.Builder.class);
        when(reasonBuilder.build()).thenReturn(reason);
        AuditAttribute.Builder grantsBuilder = mock(AuditAttribute.Builder.class);
        when(grantsBuilder.build()).thenReturn(grants);
        attributes.when(() -> AuditAttribute.fromI18nKeys("vm.spaces.hostaudit.reason", "Acme signed the NDA"))
                .thenReturn(reasonBuilder);
        attributes.when(() -> AuditAttribute.fromI18nKeys("vm.spaces.hostaudit.grants",
                "+VIEWSPACE group:acme-customers\n+COMMENT group:acme-customers")).thenReturn(grantsBuilder);
    }

    @AfterEach
    void tearDown() {
        events.close();
        resources.close();
        values.close();
        attributes.close();
    }

    @Test
    void aStageChange_shouldBeOnePermissionsEntryAboutTheSpaceWithStageReasonAndGrants() {
        new ConfluenceHostAuditLog(audit).spaceChanged("ACME", "Acme together", "stage", "rehearsal", "invited",
                "Acme signed the NDA", "+VIEWSPACE group:acme-customers\n+COMMENT group:acme-customers");

        events.verify(() -> AuditEvent.fromI18nKeys("vm.spaces.hostaudit.category", "vm.spaces.hostaudit.action.stage",
                CoverageLevel.BASE, CoverageArea.PERMISSIONS));
        verify(spaceBuilder).id("ACME");
        verify(entry).affectedObject(space);
        verify(stageBuilder).from("rehearsal");
        verify(stageBuilder).to("invited");
        verify(entry).changedValue(stage);
        verify(entry).extraAttribute(reason);
        verify(entry).extraAttribute(grants);
        verify(audit).audit(built);
    }

    @Test
    void anEntryWithoutStageOrReason_shouldCarryNeither() {
        new ConfluenceHostAuditLog(audit).spaceChanged("ACME", "Acme together", "expiry-notice", "invited", null,
                null, "");

        verify(entry, never()).changedValue(any());
        verify(entry, never()).extraAttribute(any());
        verify(audit).audit(built);
    }

    @Test
    void aFailingAuditLog_shouldNotFailTheChange() {
        doThrow(new IllegalStateException("audit store full")).when(audit).audit(any());

        assertThatCode(() -> new ConfluenceHostAuditLog(audit).spaceChanged("ACME", "Acme together", "stage",
                "rehearsal", "invited", null, "")).doesNotThrowAnyException();
    }

    @Test
    void everyKeyTheAuditLogShows_shouldBeInTheBundle() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/valuematrix/i18n.properties")) {
            bundle.load(in);
        }
        for (String action : List.of(SpaceAudit.CREATED, SpaceAudit.STAGE, SpaceAudit.EXPIRED, SpaceAudit.EXPIRY_NOTICE,
                SpaceAudit.EXPIRY_SET, SpaceAudit.OVERRIDE, HostCreatedSpaces.LOCKED_DOWN)) {
            assertThat(bundle).containsKey(ConfluenceHostAuditLog.ACTION + action);
        }
        assertThat(bundle).containsKeys(ConfluenceHostAuditLog.CATEGORY, ConfluenceHostAuditLog.STAGE,
                ConfluenceHostAuditLog.REASON, ConfluenceHostAuditLog.GRANTS);
    }
}
