package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.blogPost;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.comment;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.page;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.space;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.like.Like;
import com.atlassian.confluence.like.LikeManager;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spi.HistoryEvent;

/**
 * The same Confluence actions, once heard live and once read back by the import: every event has
 * the same source id, verb, object, container and counterpart, so neither path stores one twice.
 */
@ExtendWith(MockitoExtension.class)
class ConfluenceLiveAndImportTest {
    private static final Clock CLOCK = Clock.fixed(ConfluenceContentHistoryTest.NOW, ZoneOffset.UTC);

    @Mock
    private ActivityCapture capture;
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

    private final ConfluenceUser alice = user("alice");
    private final ConfluenceUser bob = user("bob");
    private final ConfluenceUser carol = user("carol");
    private final Space eng = space("ENG");

    @Test
    void liveCaptureAndImport_shouldReportTheSameEventsForTheSameActions() {
        Page page = page(10, "Roadmap", eng, alice);
        when(page.getVersion()).thenReturn(2);
        when(page.getLastModifier()).thenReturn(bob);
        // bob's edit adds the mention: live capture reads the first body, then the second.
        when(page.getBodyAsString()).thenReturn("<p>Hello</p>",
                "<p><ac:link><ri:user ri:userkey=\"carol\"/></ac:link></p>");
        BlogPost post = blogPost(20, "Release notes", eng, carol);
        Comment comment = comment(30, page, null, bob);
        Comment reply = comment(31, page, comment, carol);
        when(reply.getBodyAsString()).thenReturn("<ri:user ri:userkey=\"alice\"/>");
        Comment onPost = comment(32, post, null, alice);
        when(page.getComments()).thenReturn(List.of(comment, reply));
        when(post.getComments()).thenReturn(List.of(onPost));

        List<CapturedEvent> live = live(page, post, List.of(comment, reply, onPost), comment);
        List<HistoryEvent> imported = imported(page, post, comment);

        assertThat(imported.stream().map(ConfluenceLiveAndImportTest::identity).collect(Collectors.toList()))
                .hasSize(10)
                .containsExactlyInAnyOrderElementsOf(live.stream().map(ConfluenceLiveAndImportTest::identity)
                        .collect(Collectors.toList()));
    }

    /** Page created then edited by bob (whose version holds the mention), a blog post, three comments, two likes. */
    private List<CapturedEvent> live(Page page, BlogPost post, List<Comment> comments, Comment likedComment) {
        ConfluenceActivityCapture listener = new ConfluenceActivityCapture(capture, CLOCK);
        PageCreateEvent created = mock(PageCreateEvent.class);
        when(created.getPage()).thenReturn(page);
        listener.onPageCreated(created);
        PageUpdateEvent updated = mock(PageUpdateEvent.class);
        when(updated.getPage()).thenReturn(page);
        listener.onPageUpdated(updated);
        BlogPostCreateEvent posted = mock(BlogPostCreateEvent.class);
        when(posted.getBlogPost()).thenReturn(post);
        listener.onBlogPostCreated(posted);
        for (Comment c : comments) {
            CommentCreateEvent e = mock(CommentCreateEvent.class);
            when(e.getComment()).thenReturn(c);
            listener.onCommentCreated(e);
        }
        for (Object[] l : new Object[][] {{page, carol}, {likedComment, alice}}) {
            LikeCreatedEvent e = mock(LikeCreatedEvent.class);
            when(e.getContent()).thenReturn((com.atlassian.confluence.core.ContentEntityObject) l[0]);
            when(e.getOriginatingUser()).thenReturn((ConfluenceUser) l[1]);
            listener.onLikeCreated(e);
        }
        ArgumentCaptor<CapturedEvent> events = ArgumentCaptor.forClass(CapturedEvent.class);
        verify(capture, org.mockito.Mockito.atLeastOnce()).capture(events.capture());
        return events.getAllValues();
    }

    private List<HistoryEvent> imported(Page page, BlogPost post, Comment likedComment) {
        when(transactions.execute(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
        when(spaces.getSpace("ENG")).thenReturn(eng);
        when(pages.getPages(eng, true)).thenReturn(List.of(page));
        when(pages.getBlogPosts(eng, true)).thenReturn(List.of(post));
        Map<Long, List<Like>> liked = Map.of(
                10L, List.of(ConfluenceContentHistoryTest.like(10, "name-of-carol", ConfluenceFixtures.MODIFIED)),
                30L, List.of(ConfluenceContentHistoryTest.like(30, "name-of-alice", ConfluenceFixtures.MODIFIED)));
        when(likes.getLikes(anyCollection())).thenReturn(liked);
        lenient().when(users.getUserByName("name-of-carol")).thenReturn(carol);
        lenient().when(users.getUserByName("name-of-alice")).thenReturn(alice);
        when(page.getLastModificationDate()).thenReturn(Date.from(ConfluenceFixtures.MODIFIED));
        return new ConfluenceContentHistory(spaces, pages, likes, users, transactions, CLOCK)
                .read("ENG", null, null, 10).events();
    }

    private static List<String> identity(CapturedEvent e) {
        return List.of(e.sourceId(), e.verb().wire(), e.object().type(), e.object().id(), e.object().title(),
                e.object().url(), e.containerKey(), e.product(), e.counterpart().orElse("-"), e.actor());
    }

    private static List<String> identity(HistoryEvent e) {
        return List.of(e.sourceId(), e.verb(), e.objectType(), e.objectId(), e.title(), e.url(), e.containerKey(),
                e.product(), e.counterpart() == null ? "-" : e.counterpart(), e.actor());
    }
}
