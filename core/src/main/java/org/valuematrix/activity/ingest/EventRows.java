package org.valuematrix.activity.ingest;

import java.util.HashMap;
import java.util.Map;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.TieKey;

/** Captured events as the event table stores them. */
final class EventRows {
    private EventRows() {
    }

    // PostgreSQL refuses NUL in text, which would fail the whole batch; U+FFFD takes its place.
    static CapturedEvent withoutNul(CapturedEvent e) {
        String all = e.sourceId() + e.actor() + e.object().type() + e.object().id() + e.object().title()
                + e.object().url() + e.containerKey() + e.product() + e.counterpart().orElse("")
                + e.status().map(st -> st.from().orElse("") + st.to()).orElse("");
        if (all.indexOf('\u0000') < 0) {
            return e;
        }
        return new CapturedEvent(nul(e.sourceId()), e.occurredAt(), nul(e.actor()), e.verb(),
                new ActivityObject(nul(e.object().type()), nul(e.object().id()),
                        nul(e.object().title()), nul(e.object().url())),
                nul(e.containerKey()), nul(e.product()), e.counterpart().map(EventRows::nul).orElse(null),
                e.status().map(st -> new StatusChange(st.from().map(EventRows::nul).orElse(null), nul(st.to())))
                        .orElse(null));
    }

    private static String nul(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    /** @return the event as the table keeps it: title and address clipped as {@link #row} clips them */
    static CapturedEvent asStored(CapturedEvent e) {
        String title = clip(e.object().title(), 255);
        String url = clip(e.object().url(), 450);
        if (title.equals(e.object().title()) && url.equals(e.object().url())) {
            return e;
        }
        return new CapturedEvent(e.sourceId(), e.occurredAt(), e.actor(), e.verb(),
                new ActivityObject(e.object().type(), e.object().id(), title, url), e.containerKey(), e.product(),
                e.counterpart().orElse(null), e.status().orElse(null));
    }

    static Map<String, Object> row(CapturedEvent e, Classification c) {
        Map<String, Object> row = new HashMap<>();
        row.put("SOURCE_ID", e.sourceId());
        row.put("OCCURRED_AT", e.occurredAt().toEpochMilli());
        row.put("ACTOR", e.actor());
        row.put("VERB", e.verb().wire());
        row.put("OBJECT_TYPE", e.object().type());
        row.put("OBJECT_ID", e.object().id());
        row.put("OBJECT_TITLE", clip(e.object().title(), 255));
        row.put("OBJECT_URL", clip(e.object().url(), 450));
        row.put("CONTAINER_KEY", e.containerKey());
        row.put("PRODUCT", e.product());
        // Absent rather than null: Active Objects validates every entry of every row, and a
        // column no row of the batch names is simply left NULL.
        e.counterpart().ifPresent(v -> row.put("COUNTERPART", v));
        c.scope().ifPresent(s -> row.put("SCOPE", s.wire()));
        c.novelty().ifPresent(n -> row.put("NOVELTY", n.wire()));
        c.actorTeam().ifPresent(v -> row.put("ACTOR_TEAM", v));
        c.counterpartTeam().ifPresent(v -> row.put("COUNTERPART_TEAM", v));
        e.status().ifPresent(st -> {
            st.from().ifPresent(v -> row.put("STATUS_FROM", v));
            row.put("STATUS_TO", st.to());
        });
        if (e.isInteraction()) {
            row.put("TIE_KEY", TieKey.of(e.actor(), e.counterpart().get()));
        }
        return row;
    }

    // Titles are for display; a longer one is cut rather than the event refused.
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
