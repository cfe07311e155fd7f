package org.valuematrix.plugin.confluence;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import org.mockito.MockedConstruction;

/** Test data built on the re-declared Confluence types (every getter stubbed leniently). */
final class ConfluenceFixtures {
    static final Instant CREATED = Instant.parse("2024-05-01T09:00:00Z");
    static final Instant MODIFIED = Instant.parse("2024-05-02T10:30:00Z");

    private ConfluenceFixtures() {
    }

    static ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        UserKey userKey = mock(UserKey.class);
        lenient().when(userKey.getStringValue()).thenReturn(key);
        lenient().when(user.getKey()).thenReturn(userKey);
        lenient().when(user.getName()).thenReturn("name-of-" + key);
        return user;
    }

    static Space space(String key) {
        Space space = mock(Space.class);
        lenient().when(space.getKey()).thenReturn(key);
        return space;
    }

    /**
     * A space as {@code SpaceService} returns it, named "Space KEY", whose web link is
     * {@code /display/KEY}. A plain subclass, not a mock: a test site holds thousands of them.
     */
    static com.atlassian.confluence.api.model.content.Space apiSpace(String key) {
        Link link = new Link() {
            @Override
            public String getPath() {
                return "/display/" + key;
            }
        };
        return new com.atlassian.confluence.api.model.content.Space() {
            @Override
            public String getKey() {
                return key;
            }

            @Override
            public String getName() {
                return "Space " + key;
            }

            @Override
            public Map<LinkType, Link> getLinks() {
                return Collections.singletonMap(LinkType.WEB_UI, link);
            }
        };
    }

    /**
     * Intercepts {@code new SimplePageRequest(start, limit)} (a compile-only re-declaration whose
     * constructor throws) until closed: each request answers the start and limit it was built with.
     */
    static MockedConstruction<SimplePageRequest> pageRequests() {
        return mockConstruction(SimplePageRequest.class, (request, context) -> {
            when(request.getStart()).thenReturn((Integer) context.arguments().get(0));
            when(request.getLimit()).thenReturn((Integer) context.arguments().get(1));
        });
    }

    static Page page(long id, String title, Space space, ConfluenceUser creator) {
        Page page = mock(Page.class);
        stubContent(page, id, title, space, creator);
        lenient().when(page.getUrlPath()).thenReturn("/pages/viewpage.action?pageId=" + id);
        return page;
    }

    static BlogPost blogPost(long id, String title, Space space, ConfluenceUser creator) {
        BlogPost post = mock(BlogPost.class);
        stubContent(post, id, title, space, creator);
        lenient().when(post.getUrlPath()).thenReturn("/pages/viewblogpost.action?pageId=" + id);
        return post;
    }

    static Comment comment(long id, Object on, Comment parent, ConfluenceUser author) {
        Comment comment = mock(Comment.class);
        com.atlassian.confluence.core.ContentEntityObject content = (com.atlassian.confluence.core.ContentEntityObject) on;
        lenient().when(comment.getId()).thenReturn(id);
        lenient().when(comment.getCreator()).thenReturn(author);
        lenient().when(comment.getContainer()).thenReturn(content);
        lenient().when(comment.getParent()).thenReturn(parent);
        lenient().when(comment.getCreationDate()).thenReturn(Date.from(CREATED));
        lenient().when(comment.getUrlPath()).thenReturn("/display/X/Page?focusedCommentId=" + id);
        lenient().when(comment.getOriginalVersionId()).thenReturn(null);
        lenient().when(comment.getLastModificationDate()).thenReturn(Date.from(CREATED));
        if (content instanceof Page || content instanceof BlogPost) {
            Space space = ((com.atlassian.confluence.core.SpaceContentEntityObject) content).getSpace();
            lenient().when(comment.getSpace()).thenReturn(space);
        }
        return comment;
    }

    private static void stubContent(com.atlassian.confluence.core.SpaceContentEntityObject content, long id,
            String title, Space space, ConfluenceUser creator) {
        lenient().when(content.getId()).thenReturn(id);
        lenient().when(content.getTitle()).thenReturn(title);
        lenient().when(content.getSpace()).thenReturn(space);
        lenient().when(content.getCreator()).thenReturn(creator);
        lenient().when(content.getLastModifier()).thenReturn(creator);
        lenient().when(content.getCreationDate()).thenReturn(Date.from(CREATED));
        lenient().when(content.getLastModificationDate()).thenReturn(Date.from(MODIFIED));
        lenient().when(content.getVersion()).thenReturn(1);
        lenient().when(content.getBodyAsString()).thenReturn("<p>Hello</p>");
    }
}
