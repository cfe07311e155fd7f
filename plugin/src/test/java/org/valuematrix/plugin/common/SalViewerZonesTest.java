package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;

@ExtendWith(MockitoExtension.class)
class SalViewerZonesTest {
    @Mock
    private TimeZoneManager zones;
    private SalViewerZones target;

    @BeforeEach
    void setUp() {
        target = new SalViewerZones(zones);
    }

    @Test
    void zoneOf_shouldAnswerTheUsersOwnZone() {
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(zones.getUserTimeZone(argThat((UserKey k) -> k != null && "u-7".equals(k.getStringValue()))))
                    .thenReturn(TimeZone.getTimeZone("Pacific/Auckland"));

            assertThat(target.zoneOf("u-7")).isEqualTo(ZoneId.of("Pacific/Auckland"));
        }
    }

    @Test
    void zoneOf_anonymous_shouldAnswerTheSitesZoneWithoutAskingForAUser() {
        when(zones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));

        assertThat(target.zoneOf(null)).isEqualTo(ZoneId.of("Europe/Berlin"));
        verify(zones, never()).getUserTimeZone(argThat((UserKey k) -> true));
    }

    @Test
    void zoneOf_whenTheHostAnswersNothingForTheUser_shouldFallBackToTheSitesZone() {
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(zones.getUserTimeZone(argThat((UserKey k) -> true))).thenReturn(null);
            when(zones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("America/Chicago"));

            assertThat(target.zoneOf("u-8")).isEqualTo(ZoneId.of("America/Chicago"));
        }
    }
}
