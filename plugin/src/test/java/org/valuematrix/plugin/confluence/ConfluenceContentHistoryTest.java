package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.blogPost;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.comment;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.page;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.space;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.core.VersionHistorySummary;
import com.atlassian.confluence.like.Like;
import com.atlassian.confluence.like.LikeManager;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.ContentHistory.Batch;
import org.valuematrix.spi.HistoryEvent;

@ExtendWith(MockitoExtension.class)
class ConfluenceContentHistoryTest {
    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2024-01-03T10:00:00Z");

    @Mock
    private SpaceManager spaces;
    @Mock
    private PageManager pages;
    @Mock
    private LikeManager likes;
    @Mock
    private UserAccessor users;
    @Mock
    private TransactionTemplate transactions;
    private ConfluenceContentHistory target;

    private final ConfluenceUser alice = user("alice");
    private final ConfluenceUser bob = user("bob");
    private final ConfluenceUser carol = user("carol");
    private final Space eng = space("ENG");
    private final List<Page> enginePages = new ArrayList<>();
    private final List<BlogPost> engineBlog = new ArrayList<>();
    private final Map<Long, List<Like>> likesById = new HashMap<>();
    private boolean inTransaction;

    @BeforeEach
    void setUp() {
        target = new ConfluenceContentHistory(spaces, pages, likes, users, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
        lenient().when(transactions.execute(any())).thenAnswer(call -> {
            inTransaction = true;
            try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            } finally {
                inTransaction = false;
            }
        });
        lenient().when(spaces.getSpace("ENG")).thenAnswer(call -> inTransactionOnly(eng));
        lenient().when(pages.getPages(eng, true)).thenAnswer(call -> inTransactionOnly(enginePages));
        lenient().when(pages.getBlogPosts(eng, true)).thenAnswer(call -> inTransactionOnly(engineBlog));
        lenient().when(likes.getLikes(anyCollection())).thenAnswer(call -> inTransactionOnly(likesById));
        lenient().when(users.getUserByName("name-of-bob")).thenReturn(bob);
        lenient().when(users.getUserByName("name-of-carol")).thenReturn(carol);
    }

    @Test
    void containerKeys_shouldListCurrentAndArchivedSpacesByKey() {
        when(spaces.getAllSpaceKeys(SpaceStatus.CURRENT)).thenReturn(List.of("OPS", "ENG"));
        when(spaces.getAllSpaceKeys(SpaceStatus.ARCHIVED)).thenReturn(List.of("OLD"));

        assertThat(target.containerKeys()).containsExactly("ENG", "OLD", "OPS");
    }

    @Test
    void countItems_shouldAddPagesAndBlogPosts() {
        when(pages.getPageCount("ENG")).thenReturn(40L);
        when(spaces.getNumberOfBlogPosts(eng)).thenReturn(2);

        assertThat(target.countItems("ENG")).isEqualTo(42L);
        assertThat(target.countItems("GONE")).isZero();
    }

    @Test
    void read_shouldWalkPagesAndBlogPostsInCreationOrderThenId() {
        page(30, T2);
        blog(20, T1);
        page(11, T2);
        page(10, T3);

        Batch batch = target.read("ENG", null, null, 10);

        assertThat(batch.items()).isEqualTo(4);
        assertThat(batch.finished()).isTrue();
        assertThat(batch.events()).extracting(HistoryEvent::sourceId).containsExactly(
                "confluence:blogpost:20:created", "confluence:page:11:created", "confluence:page:30:created",
                "confluence:page:10:created");
        assertThat(batch.position()).isEqualTo(T3.toEpochMilli() + ":10");
    }

    @Test
    void read_shouldStopAtTheLimitAndResumeStrictlyAfterThePosition() {
        page(30, T2);
        blog(20, T1);
        page(11, T2);
        page(10, T3);

        Batch first = target.read("ENG", null, null, 2);
        Batch second = target.read("ENG", first.position(), null, 2);
        Batch third = target.read("ENG", second.position(), null, 2);

        assertThat(first.finished()).isFalse();
        assertThat(first.position()).isEqualTo(T2.toEpochMilli() + ":11");
        assertThat(first.events()).extracting(HistoryEvent::objectId).containsExactly("20", "11");
        assertThat(second.events()).extracting(HistoryEvent::objectId).containsExactly("30", "10");
        assertThat(second.finished()).isTrue();
        assertThat(third.items()).isZero();
        assertThat(third.finished()).isTrue();
        assertThat(third.position()).isNull();
    }

    @Test
    void read_shouldLeaveOutEventsBeforeSince() {
        Page old = page(10, T1);
        Comment later = comment(40, old, null, bob);
        when(later.getCreationDate()).thenReturn(Date.from(T3));
        when(later.getLastModificationDate()).thenReturn(Date.from(T3));
        when(old.getComments()).thenReturn(List.of(later));

        Batch batch = target.read("ENG", null, T2, 10);

        assertThat(batch.items()).isEqualTo(1);
        assertThat(batch.events()).extracting(HistoryEvent::sourceId).containsExactly("confluence:comment:40:created");
    }

    @Test
    void read_ofADeletedSpace_shouldAnswerAnEmptyFinishedBatch() {
        Batch batch = target.read("GONE", "123:4", null, 10);

        assertThat(batch.items()).isZero();
        assertThat(batch.events()).isEmpty();
        assertThat(batch.finished()).isTrue();
        verify(pages, never()).getPages(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void read_shouldReportEveryVersionByItsEditorWithTheAuthorAsCounterpart() {
        Page roadmap = page(10, T1);
        when(roadmap.getVersion()).thenReturn(3);
        when(roadmap.getLastModifier()).thenReturn(carol);
        when(roadmap.getLastModificationDate()).thenReturn(Date.from(T3));
        VersionHistorySummary v3 = summary(3, T3, carol);
        VersionHistorySummary v2 = summary(2, T2, bob);
        VersionHistorySummary v1 = summary(1, T1, alice);
        when(pages.getVersionHistorySummaries(roadmap)).thenReturn(List.of(v3, v2, v1));

        Batch batch = target.read("ENG", null, null, 10);

        assertThat(batch.events()).extracting(HistoryEvent::sourceId, HistoryEvent::actor, HistoryEvent::verb,
                HistoryEvent::counterpart, HistoryEvent::occurredAt).containsExactly(
                tuple("confluence:page:10:created", "alice", "created", null, T1),
                tuple("confluence:page:10:v2", "bob", "updated", "alice", T2),
                tuple("confluence:page:10:v3", "carol", "updated", "alice", T3));
    }

    @Test
    void read_shouldPickOneEditorRepeatablyForACollaborativeVersion() {
        Page roadmap = page(10, T1);
        when(roadmap.getVersion()).thenReturn(3);
        VersionHistorySummary v2 = summary(2, T2, carol, bob);
        when(pages.getVersionHistorySummaries(roadmap)).thenReturn(List.of(v2));

        Batch batch = target.read("ENG", null, null, 10);

        assertThat(batch.events()).filteredOn(e -> e.sourceId().endsWith(":v2")).extracting(HistoryEvent::actor)
                .containsExactly("bob");
    }

    @Test
    void read_shouldReportCommentsRepliesLikesAndMentions() {
        Page roadmap = page(10, T1);
        when(roadmap.getBodyAsString()).thenReturn("<p><ac:link><ri:user ri:userkey=\"carol\"/></ac:link></p>");
        Comment question = comment(40, roadmap, null, bob);
        Comment answer = comment(41, roadmap, question, carol);
        when(answer.getCreationDate()).thenReturn(Date.from(T3));
        when(answer.getLastModificationDate()).thenReturn(Date.from(T3));
        Comment oldVersionOfAnswer = comment(39, roadmap, question, carol);
        when(oldVersionOfAnswer.getOriginalVersionId()).thenReturn(41L);
        when(roadmap.getComments()).thenReturn(List.of(question, answer, oldVersionOfAnswer));
        likesById.put(10L, List.of(like(10, "name-of-bob", T2)));
        likesById.put(40L, List.of(like(40, "name-of-carol", T3)));

        Batch batch = target.read("ENG", null, null, 10);

        assertThat(batch.events()).extracting(HistoryEvent::sourceId, HistoryEvent::actor, HistoryEvent::verb,
                HistoryEvent::objectType, HistoryEvent::counterpart).containsExactlyInAnyOrder(
                tuple("confluence:page:10:created", "alice", "created", "page", null),
                tuple("confluence:mention:10:carol", "alice", "mentioned", "page", "carol"),
                tuple("confluence:comment:40:created", "bob", "commented", "comment", "alice"),
                tuple("confluence:comment:41:created", "carol", "replied", "comment", "bob"),
                tuple("confluence:like:10:bob", "bob", "liked", "page", "alice"),
                tuple("confluence:like:40:carol", "carol", "liked", "comment", "bob"));
        assertThat(batch.events()).extracting(HistoryEvent::occurredAt).isSorted();
        assertThat(batch.events()).filteredOn(e -> e.verb().equals("liked")).extracting(HistoryEvent::occurredAt)
                .containsExactly(T2, T3);
    }

    @Test
    void read_shouldAttributeMentionsToTheAuthorOfTheCurrentBody() {
        Page roadmap = page(10, T1);
        when(roadmap.getVersion()).thenReturn(2);
        when(roadmap.getLastModifier()).thenReturn(bob);
        when(roadmap.getLastModificationDate()).thenReturn(Date.from(T2));
        when(roadmap.getBodyAsString()).thenReturn("<ri:user ri:userkey=\"carol\"/>");

        Batch batch = target.read("ENG", null, null, 10);

        assertThat(batch.events()).filteredOn(e -> e.verb().equals("mentioned"))
                .extracting(HistoryEvent::actor, HistoryEvent::counterpart, HistoryEvent::occurredAt)
                .containsExactly(tuple("bob", "carol", T2));
    }

    private Page page(long id, Instant created) {
        Page p = ConfluenceFixtures.page(id, "Page " + id, eng, alice);
        when(p.getCreationDate()).thenReturn(Date.from(created));
        enginePages.add(p);
        return p;
    }

    private BlogPost blog(long id, Instant created) {
        BlogPost b = blogPost(id, "Post " + id, eng, alice);
        when(b.getCreationDate()).thenReturn(Date.from(created));
        engineBlog.add(b);
        return b;
    }

    private static VersionHistorySummary summary(int version, Instant at, ConfluenceUser... contributors) {
        VersionHistorySummary s = mock(VersionHistorySummary.class);
        lenient().when(s.getVersion()).thenReturn(version);
        lenient().when(s.getLastModificationDate()).thenReturn(Date.from(at));
        lenient().when(s.getContributorSet()).thenReturn(Set.of(contributors));
        return s;
    }

    static Like like(long contentId, String username, Instant at) {
        Like like = mock(Like.class);
        lenient().when(like.getContentId()).thenReturn(contentId);
        lenient().when(like.getUsername()).thenReturn(username);
        lenient().when(like.getCreatedDate()).thenReturn(Date.from(at));
        return like;
    }

    private <T> T inTransactionOnly(T value) {
        if (!inTransaction) {
            throw new IllegalStateException("no Hibernate session on this thread");
        }
        return value;
    }
}
