package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.activity.ingest.IngestOutcome.DUPLICATE;
import static org.valuematrix.activity.ingest.IngestOutcome.STORED;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.testing.EventBuilder;

/** What is stored of each event: every field, its classification by the teams in force, clipped and cleaned text. */
abstract class EventIngestStorageContract extends EventIngestFixture {
    @Test
    void ingest_shouldStoreEveryFieldOfTheEvent() {
        CapturedEvent e = EventBuilder.event().sourceId("conf:comment:42").at(EventBuilder.T0.plusMillis(123))
                .actor("ann").verb(Verb.REPLIED).object("comment", "42", "Re: “Design” — ü ✓", "/pages/7#comment-42")
                .in("ENG").product("confluence").counterpart("carl").build();

        assertThat(target.ingest(List.of(e))).containsExactly(STORED);

        ActivityEvent stored = org.stored("conf:comment:42");
        assertThat(stored.id()).isPositive();
        assertThat(stored.occurredAt()).isEqualTo(EventBuilder.T0.plusMillis(123));
        assertThat(stored.actor()).isEqualTo("ann");
        assertThat(stored.verb()).isEqualTo(Verb.REPLIED);
        assertThat(stored.object()).isEqualTo(new ActivityObject("comment", "42", "Re: “Design” — ü ✓", "/pages/7#comment-42"));
        assertThat(stored.containerKey()).isEqualTo("ENG");
        assertThat(stored.captured().product()).isEqualTo("confluence");
        assertThat(stored.counterpart()).contains("carl");
    }

    @Test
    void ingest_shouldStoreAStatusChange_andNoneWhereTheEventHasNone() {
        CapturedEvent base = EventBuilder.event().sourceId("jira:transition:7").actor("ann").verb(Verb.TRANSITIONED)
                .object("issue", "CORE-7", "Login fails", "/browse/CORE-7").in("ENG").product("jira").build();
        CapturedEvent moved = new CapturedEvent(base.sourceId(), base.occurredAt(), base.actor(), base.verb(),
                base.object(), base.containerKey(), base.product(), null, new StatusChange("In Progress", "In Review\u0000"));
        CapturedEvent created = new CapturedEvent("jira:create:8", base.occurredAt(), "ann", Verb.CREATED,
                new ActivityObject("issue", "CORE-8", "New", "/browse/CORE-8"), "ENG", "jira", null,
                new StatusChange(null, "To Do"));

        assertThat(target.ingest(List.of(moved, created, EventBuilder.event().sourceId("plain").build())))
                .containsExactly(STORED, STORED, STORED);

        StatusChange stored = org.stored("jira:transition:7").captured().status().orElseThrow();
        assertThat(stored.from()).contains("In Progress");
        assertThat(stored.to()).as("NUL replaced, as in every text").isEqualTo("In Review\uFFFD");
        assertThat(org.stored("jira:create:8").captured().status().orElseThrow().from()).isEmpty();
        assertThat(org.stored("plain").captured().status()).isEmpty();
    }

    static Stream<Arguments> classifications() {
        return Stream.of(
                arguments("ann", "bob", "ENG", Scope.WITHIN, "eng", "eng"),
                arguments("ann", "carl", "ENG", Scope.ACROSS, "eng", "support"),
                arguments("carl", "dora", "ACME", Scope.EXTERNAL, "support", "acme"),
                arguments("pat", "ann", "ENG", Scope.EXTERNAL, "partnerco", "eng"),
                arguments("ann", "eve", "ENG", Scope.WITHIN, "eng", "eng"),
                arguments("ann", "eve", "SUP", Scope.ACROSS, "eng", "support"),
                arguments("ann", "eve", "ACME", Scope.EXTERNAL, "eng", "acme"),
                arguments("ann", "eve", "OPEN", Scope.ACROSS, "eng", null),
                arguments("eve", "vic", "OPEN", Scope.WITHIN, null, null),
                // the owning team is the counterpart's fallback only: an actor in no team has no home team
                arguments("eve", "ann", "ACME", Scope.ACROSS, null, "eng"),
                arguments("eve", "vic", "ENG", Scope.ACROSS, null, "eng"));
    }

    @ParameterizedTest(name = "{0} → {1} in {2}: {3}")
    @MethodSource("classifications")
    void ingest_shouldStoreTheClassificationFromTeamsInForceAtIngest(String actor, String counterpart, String container,
            Scope scope, String actorTeam, String counterpartTeam) {
        target.ingest(List.of(interaction(actor, counterpart).sourceId("e").in(container).build()));

        ActivityEvent stored = org.stored("e");
        assertThat(stored.scope()).contains(scope);
        assertThat(stored.novelty()).contains(Novelty.NEW);
        assertThat(stored.classification().actorTeam()).isEqualTo(java.util.Optional.ofNullable(actorTeam));
        assertThat(stored.classification().counterpartTeam()).isEqualTo(java.util.Optional.ofNullable(counterpartTeam));
        assertThat(db.queryInt("SELECT COUNT(*) FROM " + db.quotedTable(AOActivityEvent.class) + " WHERE \"TIE_KEY\" = ?",
                TieKey.of(counterpart, actor))).isEqualTo(1);
    }

    @Test
    void ingest_personInSeveralTeams_shouldBeClassifiedByTheirHomeTeam() {
        org.directory().addToGroups("carl", "eng");
        org.refresh();

        target.ingest(List.of(interaction("carl", "bob").sourceId("e").build()));

        assertThat(org.stored("e").scope()).contains(Scope.WITHIN);
        assertThat(org.stored("e").classification().actorTeam()).contains("eng");
    }

    @Test
    void ingest_membershipChange_shouldNotRewriteStoredHistory() {
        target.ingest(List.of(interaction("ann", "carl").sourceId("before").day(0).build()));
        org.directory().addToGroups("carl", "eng");
        org.refresh();

        target.ingest(List.of(interaction("ann", "carl").sourceId("after").day(1).build()));

        assertThat(org.stored("before").scope()).contains(Scope.ACROSS);
        assertThat(org.stored("after").scope()).contains(Scope.WITHIN);
    }

    @Test
    void ingest_nonInteractions_shouldStoreNoScopeNoveltyOrTie() {
        target.ingest(List.of(EventBuilder.event().sourceId("alone").actor("ann").alone().verb(Verb.CREATED).build(),
                interaction("ann", "ann").sourceId("self").verb(Verb.UPDATED).build()));

        for (ActivityEvent e : org.stored()) {
            assertThat(e.scope()).isEmpty();
            assertThat(e.novelty()).isEmpty();
            assertThat(e.classification().actorTeam()).contains("eng");
        }
        assertThat(db.count(AOTie.class)).isZero();
    }

    @Test
    void ingest_longTitleAndUrl_shouldBeClippedNotRefused() {
        String title = "T".repeat(300);
        String url = "/pages/" + "u".repeat(600);

        assertThat(target.ingest(List.of(interaction("ann", "bob").sourceId("long").title(title).url(url).build())))
                .containsExactly(STORED);

        ActivityObject o = org.stored("long").object();
        assertThat(o.title()).hasSize(255).startsWith("TTT").endsWith("\u2026");
        assertThat(o.url()).hasSize(450).startsWith("/pages/uuu");
    }

    @Test
    void ingest_nulCharacters_shouldNotFailTheBatchOnAnyDatabase() {
        CapturedEvent withNul = interaction("ann", "bob\u0000").sourceId("n\u0000ul").title("A\u0000B\tC\u0007")
                .url("/p/\u0000x").build();
        CapturedEvent plain = interaction("ann", "carl").sourceId("plain").build();

        assertThat(target.ingest(List.of(withNul, plain))).containsExactly(STORED, STORED);
        assertThat(target.ingest(List.of(withNul))).as("still idempotent").containsExactly(DUPLICATE);

        ActivityEvent stored = org.stored("n\uFFFDul");
        assertThat(stored.object().title()).isEqualTo("A\uFFFDB\tC\u0007");
        assertThat(stored.object().url()).isEqualTo("/p/\uFFFDx");
        assertThat(stored.counterpart()).contains("bob\uFFFD");
        assertThat(org.stored("plain").object().title()).isEqualTo("A page");
    }
}
