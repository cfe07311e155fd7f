package org.valuematrix.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.spi.HistoryEvent;

class CapturedEventsTest {
    private static final Instant AT = Instant.parse("2024-06-01T08:15:00Z");

    @Test
    void of_shouldKeepAnImportedTransitionsStatusBeforeAndAfter() {
        HistoryEvent transition = new HistoryEvent("jira:issue:10:change:702", AT, "andy", "transitioned", "issue",
                "SUP-1", "SUP-1 Login fails", "/browse/SUP-1", "SUP", "jira", "rita", "To Do", "In Progress");
        HistoryEvent created = new HistoryEvent("jira:issue:10:created", AT.minusSeconds(60), "rita", "created",
                "issue", "SUP-1", "SUP-1 Login fails", "/browse/SUP-1", "SUP", "jira", null);

        List<CapturedEvent> events = CapturedEvents.of(List.of(transition, created), 0);

        assertThat(events).extracting(CapturedEvent::sourceId)
                .containsExactly("jira:issue:10:created", "jira:issue:10:change:702");
        assertThat(events.get(0).status()).isEmpty();
        assertThat(events.get(1).status()).hasValueSatisfying(s -> {
            assertThat(s.from()).contains("To Do");
            assertThat(s.to()).isEqualTo("In Progress");
        });
    }
}
