package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.CREATED;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.MODIFIED;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.blogPost;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.comment;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.page;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.space;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.user.User;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.capture.ActivityCapture;

@ExtendWith(MockitoExtension.class)
class ConfluenceActivityCaptureTest {
    private static final Instant NOW = Instant.parse("2024-05-03T12:00:00Z");

    @Mock
    private ActivityCapture capture;
    private ConfluenceActivityCapture target;

    private final ConfluenceUser alice = user("alice");
    private final ConfluenceUser bob = user("bob");
    private final ConfluenceUser carol = user("carol");
    private final Space eng = space("ENG");

    @BeforeEach
    void setUp() {
        target = new ConfluenceActivityCapture(capture, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void pageCreated_shouldCaptureCreationWithoutCounterpart() {
        Page page = page(10, "Roadmap", eng, alice);
        PageCreateEvent event = mock(PageCreateEvent.class);
        when(event.getPage()).thenReturn(page);

        target.onPageCreated(event);

        CapturedEvent e = single();
        assertThat(e.sourceId()).isEqualTo("confluence:page:10:created");
        assertThat(e.actor()).isEqualTo("alice");
        assertThat(e.verb()).isEqualTo(Verb.CREATED);
        assertThat(e.occurredAt()).isEqualTo(CREATED);
        assertThat(e.containerKey()).isEqualTo("ENG");
        assertThat(e.product()).isEqualTo("confluence");
        assertThat(e.counterpart()).isEmpty();
        assertThat(e.object().type()).isEqualTo("page");
        assertThat(e.object().id()).isEqualTo("10");
        assertThat(e.object().title()).isEqualTo("Roadmap");
        assertThat(e.object().url()).isEqualTo("/pages/viewpage.action?pageId=10");
    }

    @Test
    void pageUpdated_shouldCaptureEditWithPageAuthorAsCounterpart() {
        Page page = page(10, "Roadmap", eng, alice);
        when(page.getLastModifier()).thenReturn(bob);
        when(page.getVersion()).thenReturn(4);
        PageUpdateEvent event = mock(PageUpdateEvent.class);
        when(event.getPage()).thenReturn(page);

        target.onPageUpdated(event);

        CapturedEvent e = single();
        assertThat(e.sourceId()).isEqualTo("confluence:page:10:v4");
        assertThat(e.actor()).isEqualTo("bob");
        assertThat(e.verb()).isEqualTo(Verb.UPDATED);
        assertThat(e.counterpart()).contains("alice");
        assertThat(e.occurredAt()).isEqualTo(MODIFIED);
        assertThat(e.isInteraction()).isTrue();
    }

    @Test
    void blogPostCreated_shouldCaptureBlogPostCreation() {
        BlogPost post = blogPost(20, "Release notes", eng, carol);
        BlogPostCreateEvent event = mock(BlogPostCreateEvent.class);
        when(event.getBlogPost()).thenReturn(post);

        target.onBlogPostCreated(event);

        CapturedEvent e = single();
        assertThat(e.sourceId()).isEqualTo("confluence:blogpost:20:created");
        assertThat(e.object().type()).isEqualTo("blogpost");
        assertThat(e.verb()).isEqualTo(Verb.CREATED);
        assertThat(e.actor()).isEqualTo("carol");
    }

    @Test
    void blogPostUpdated_shouldCaptureEditWithPostAuthorAsCounterpart() {
        BlogPost post = blogPost(20, "Release notes", eng, carol);
        when(post.getLastModifier()).thenReturn(alice);
        BlogPostUpdateEvent event = mock(BlogPostUpdateEvent.class);
        when(event.getBlogPost()).thenReturn(post);

        target.onBlogPostUpdated(event);

        CapturedEvent e = single();
        assertThat(e.verb()).isEqualTo(Verb.UPDATED);
        assertThat(e.actor()).isEqualTo("alice");
        assertThat(e.counterpart()).contains("carol");
    }

    @Test
    void pageCommented_shouldCaptureCommentWithPageAuthorAsCounterpart() {
        Page page = page(10, "Roadmap", eng, alice);
        Comment comment = comment(30, page, null, bob);
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(comment);

        target.onCommentCreated(event);

        CapturedEvent e = single();
        assertThat(e.sourceId()).isEqualTo("confluence:comment:30:created");
        assertThat(e.verb()).isEqualTo(Verb.COMMENTED);
        assertThat(e.actor()).isEqualTo("bob");
        assertThat(e.counterpart()).contains("alice");
        assertThat(e.containerKey()).isEqualTo("ENG");
        assertThat(e.object().type()).isEqualTo("comment");
        assertThat(e.object().id()).isEqualTo("30");
        assertThat(e.object().title()).isEqualTo("Roadmap");
    }

    @Test
    void commentReplied_shouldCaptureReplyWithParentCommentAuthorAsCounterpart() {
        Page page = page(10, "Roadmap", eng, alice);
        Comment parent = comment(30, page, null, bob);
        Comment reply = comment(31, page, parent, carol);
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(reply);

        target.onCommentCreated(event);

        CapturedEvent e = single();
        assertThat(e.verb()).isEqualTo(Verb.REPLIED);
        assertThat(e.actor()).isEqualTo("carol");
        assertThat(e.counterpart()).contains("bob");
    }

    @Test
    void blogPostCommented_shouldTakeTheSpaceFromTheBlogPost() {
        BlogPost post = blogPost(20, "Release notes", eng, carol);
        Comment comment = comment(32, post, null, alice);
        when(comment.getSpace()).thenReturn(null);
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(comment);

        target.onCommentCreated(event);

        CapturedEvent e = single();
        assertThat(e.containerKey()).isEqualTo("ENG");
        assertThat(e.counterpart()).contains("carol");
    }

    @Test
    void contentLiked_shouldCaptureLikeWithContentAuthorAsCounterpart() {
        Page page = page(10, "Roadmap", eng, alice);
        LikeCreatedEvent event = mock(LikeCreatedEvent.class);
        when(event.getContent()).thenReturn(page);
        when(event.getOriginatingUser()).thenReturn(bob);

        target.onLikeCreated(event);

        CapturedEvent e = single();
        assertThat(e.sourceId()).isEqualTo("confluence:like:10:bob");
        assertThat(e.verb()).isEqualTo(Verb.LIKED);
        assertThat(e.actor()).isEqualTo("bob");
        assertThat(e.counterpart()).contains("alice");
        assertThat(e.occurredAt()).isEqualTo(NOW);
        assertThat(e.object().type()).isEqualTo("page");
    }

    @Test
    void commentLiked_shouldCaptureLikeWithCommentAuthorAsCounterpartAndPageTitle() {
        Page page = page(10, "Roadmap", eng, alice);
        Comment comment = comment(30, page, null, bob);
        LikeCreatedEvent event = mock(LikeCreatedEvent.class);
        when(event.getContent()).thenReturn(comment);
        when(event.getOriginatingUser()).thenReturn(carol);

        target.onLikeCreated(event);

        CapturedEvent e = single();
        assertThat(e.counterpart()).contains("bob");
        assertThat(e.object().type()).isEqualTo("comment");
        assertThat(e.object().title()).isEqualTo("Roadmap");
        assertThat(e.containerKey()).isEqualTo("ENG");
    }

    @Test
    void likeByAUserWithoutKey_shouldBeIgnored() {
        Page page = page(10, "Roadmap", eng, alice);
        User legacyUser = mock(User.class);
        LikeCreatedEvent event = mock(LikeCreatedEvent.class);
        when(event.getContent()).thenReturn(page);
        when(event.getOriginatingUser()).thenReturn(legacyUser);

        target.onLikeCreated(event);

        verify(capture, never()).capture(any());
    }

    @Test
    void pageCreatedWithMentions_shouldCaptureOneMentionPerOtherPerson() {
        Page page = page(10, "Roadmap", eng, alice);
        when(page.getBodyAsString()).thenReturn("<p>Hi <ac:link><ri:user ri:userkey=\"bob\" /></ac:link>,"
                + " <ac:link><ri:user ri:userkey=\"carol\"/></ac:link> and me"
                + " <ac:link><ri:user ri:userkey=\"alice\"/></ac:link></p>");
        PageCreateEvent event = mock(PageCreateEvent.class);
        when(event.getPage()).thenReturn(page);

        target.onPageCreated(event);

        List<CapturedEvent> events = all(3);
        assertThat(events.get(0).verb()).isEqualTo(Verb.CREATED);
        assertThat(events.subList(1, 3)).allSatisfy(m -> {
            assertThat(m.verb()).isEqualTo(Verb.MENTIONED);
            assertThat(m.actor()).isEqualTo("alice");
            assertThat(m.object().id()).isEqualTo("10");
        });
        assertThat(events.get(1).counterpart()).contains("bob");
        assertThat(events.get(1).sourceId()).isEqualTo("confluence:mention:10:bob");
        assertThat(events.get(2).counterpart()).contains("carol");
    }

    @Test
    void commentWithMention_shouldCaptureTheCommentAndTheMention() {
        Page page = page(10, "Roadmap", eng, alice);
        Comment comment = comment(30, page, null, bob);
        when(comment.getBodyAsString()).thenReturn("<p><ac:link><ri:user ri:userkey=\"carol\"/></ac:link> see this</p>");
        CommentCreateEvent event = mock(CommentCreateEvent.class);
        when(event.getComment()).thenReturn(comment);

        target.onCommentCreated(event);

        List<CapturedEvent> events = all(2);
        assertThat(events.get(1).verb()).isEqualTo(Verb.MENTIONED);
        assertThat(events.get(1).counterpart()).contains("carol");
        assertThat(events.get(1).object().type()).isEqualTo("comment");
    }

    @Test
    void contentWithoutSpaceOrAuthor_shouldBeIgnored() {
        Page anonymous = page(11, "Anonymous", eng, null);
        PageCreateEvent anonymousEvent = mock(PageCreateEvent.class);
        when(anonymousEvent.getPage()).thenReturn(anonymous);
        Page spaceless = page(12, "Draft", null, alice);
        PageCreateEvent spacelessEvent = mock(PageCreateEvent.class);
        when(spacelessEvent.getPage()).thenReturn(spaceless);

        target.onPageCreated(anonymousEvent);
        target.onPageCreated(spacelessEvent);

        verify(capture, never()).capture(any());
    }

    @Test
    void failingMapping_shouldNeverReachTheHost() {
        PageCreateEvent event = mock(PageCreateEvent.class);
        when(event.getPage()).thenThrow(new IllegalStateException("boom"));

        assertThatCode(() -> target.onPageCreated(event)).doesNotThrowAnyException();
        verify(capture, never()).capture(any());
    }

    @Test
    void listenerMethods_shouldAllBeAnnotatedPublicOneArgumentMethods() {
        List<Method> listeners = Arrays.stream(ConfluenceActivityCapture.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)).collect(java.util.stream.Collectors.toList());

        assertThat(listeners).hasSize(6).allSatisfy(m -> {
            assertThat(java.lang.reflect.Modifier.isPublic(m.getModifiers())).isTrue();
            assertThat(m.getParameterCount()).isEqualTo(1);
        });
    }

    private CapturedEvent single() {
        return all(1).get(0);
    }

    private List<CapturedEvent> all(int expected) {
        ArgumentCaptor<CapturedEvent> events = ArgumentCaptor.forClass(CapturedEvent.class);
        verify(capture, times(expected)).capture(events.capture());
        return events.getAllValues();
    }
}
