package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.comment;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.page;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.space;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.ContentExcerpts.Ref;

@ExtendWith(MockitoExtension.class)
class ConfluenceContentExcerptsTest {
    @Mock
    private CommentManager comments;
    @Mock
    private PermissionManager permissions;
    @Mock
    private UserAccessor users;
    private ConfluenceContentExcerpts target;
    private MockedConstruction<UserKey> keys;

    private final ConfluenceUser bob = user("bob");
    private final Comment onDev = comment(42L, page(7L, "Plan", space("DEV"), user("ann")), null, user("ann"));

    @BeforeEach
    void setUp() {
        keys = SalFixtures.userKeys();
        target = new ConfluenceContentExcerpts(comments, permissions, users);
        lenient().when(users.getUserByKey(keyOf("bob"))).thenReturn(bob);
        lenient().when(comments.getComment(42L)).thenReturn(onDev);
        lenient().when(onDev.getBodyAsString()).thenReturn("<p>Looks <strong>good</strong> to me</p>");
    }

    @AfterEach
    void tearDown() {
        keys.close();
    }

    @Test
    void excerpts_shouldGiveTheWordsOfAViewableCommentInTheNamedSpace() {
        when(permissions.hasPermission(bob, Permission.VIEW, onDev)).thenReturn(true);
        Ref ref = new Ref("comment", "42", "DEV");

        assertThat(target.excerpts("bob", List.of(ref))).isEqualTo(Map.of(ref, "Looks good to me"));
    }

    @Test
    void excerpts_shouldGiveNothingWhenTheEventNamesAnotherSpace() {
        lenient().when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "42", "OPS")))).isEmpty();
    }

    @Test
    void excerpts_shouldGiveNothingForACommentTheViewerMayNotView() {
        when(permissions.hasPermission(bob, Permission.VIEW, onDev)).thenReturn(false);

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "42", "DEV")))).isEmpty();
    }

    @Test
    void excerpts_shouldGiveNothingForAnUnknownOrNonNumericId() {
        when(comments.getComment(99L)).thenReturn(null);

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "99", "DEV"),
                new Ref("comment", "42abc", "DEV"), new Ref("comment", "", "DEV")))).isEmpty();
        verifyNoInteractions(permissions);
    }

    @Test
    void excerpts_shouldGiveNothingForOtherObjects() {
        assertThat(target.excerpts("bob", List.of(new Ref("page", "42", "DEV")))).isEmpty();
        verifyNoInteractions(comments);
    }

    @Test
    void excerpts_shouldGiveAnonymousAndUnknownViewersNothing() {
        when(users.getUserByKey(keyOf("ghost"))).thenReturn(null);
        Ref ref = new Ref("comment", "42", "DEV");

        assertThat(target.excerpts(null, List.of(ref))).isEmpty();
        assertThat(target.excerpts("ghost", List.of(ref))).isEmpty();
        verifyNoInteractions(comments, permissions);
    }

    @Test
    void excerpts_shouldStripMarkupMacrosAndPlaceholders() {
        when(permissions.hasPermission(eq(bob), eq(Permission.VIEW), any())).thenReturn(true);
        when(onDev.getBodyAsString()).thenReturn("<p>Ship it &amp; tell <ac:link><ri:user ri:userkey=\"k1\"/>"
                + "</ac:link>&nbsp;today</p><ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">"
                + "More</ac:parameter><ac:rich-text-body><p>hidden <ac:structured-macro ac:name=\"code\">"
                + "<ac:plain-text-body><![CDATA[rm -rf /]]></ac:plain-text-body></ac:structured-macro> words"
                + "</p></ac:rich-text-body></ac:structured-macro><ac:placeholder>Type here</ac:placeholder>"
                + "<ul><li>one</li><li>two &lt;b&gt; &#8364;</li></ul><p><ac:link><ri:page ri:content-title=\"X\"/>"
                + "<ac:plain-text-link-body><![CDATA[the <plan>]]></ac:plain-text-link-body></ac:link></p>");
        Ref ref = new Ref("comment", "42", "DEV");

        assertThat(target.excerpts("bob", List.of(ref)))
                .containsExactly(Map.entry(ref, "Ship it & tell today one two <b> \u20ac the <plan>"));
    }

    @Test
    void excerpts_shouldLeaveOutACommentWithNoWords() {
        when(permissions.hasPermission(bob, Permission.VIEW, onDev)).thenReturn(true);
        when(onDev.getBodyAsString()).thenReturn("<p><ac:structured-macro ac:name=\"jira\"/></p>");

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "42", "DEV")))).isEmpty();
    }

    @Test
    void excerpts_shouldFindTheSpaceThroughTheCommentedPageWhenTheCommentNamesNone() {
        Comment reply = comment(43L, page(8L, "Notes", space("DEV"), user("ann")), onDev, user("ann"));
        when(reply.getSpace()).thenReturn(null);
        when(comments.getComment(anyLong())).thenReturn(reply);
        when(reply.getBodyAsString()).thenReturn("Agreed");
        when(permissions.hasPermission(bob, Permission.VIEW, reply)).thenReturn(true);
        Ref ref = new Ref("comment", "43", "DEV");

        assertThat(target.excerpts("bob", List.of(ref))).isEqualTo(Map.of(ref, "Agreed"));
    }

    @Test
    void excerpts_shouldLeaveOutOnlyTheCommentConfluenceFailsToRead() {
        Comment other = comment(44L, page(9L, "Other", space("DEV"), user("ann")), null, user("ann"));
        when(comments.getComment(44L)).thenReturn(other);
        when(other.getBodyAsString()).thenReturn("Still here");
        when(permissions.hasPermission(bob, Permission.VIEW, onDev)).thenThrow(new IllegalStateException("lazy load"));
        when(permissions.hasPermission(bob, Permission.VIEW, other)).thenReturn(true);
        Ref broken = new Ref("comment", "42", "DEV");
        Ref fine = new Ref("comment", "44", "DEV");

        assertThat(target.excerpts("bob", List.of(broken, fine))).isEqualTo(Map.of(fine, "Still here"));
    }
}
