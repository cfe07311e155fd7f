package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.comment;
import static org.valuematrix.plugin.jira.JiraFixtures.issue;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.ContentExcerpts.Ref;

@ExtendWith(MockitoExtension.class)
class JiraContentExcerptsTest {
    @Mock
    private CommentManager comments;
    @Mock
    private PermissionManager permissions;
    @Mock
    private UserManager users;
    private JiraContentExcerpts target;

    private final ApplicationUser bob = user("bob");
    private final Issue sup1 = issue(10L, "SUP-1", project("SUP"), user("ann"), null);
    private final Comment comment = comment(42L);
    private final Ref ref = new Ref("comment", "42", "SUP");

    @BeforeEach
    void setUp() {
        target = new JiraContentExcerpts(comments, permissions, users);
        lenient().when(users.getUserByKey("bob")).thenReturn(bob);
        lenient().when(comments.getCommentById(42L)).thenReturn(comment);
        lenient().when(comment.getIssue()).thenReturn(sup1);
        lenient().when(comment.getBody()).thenReturn("Fixed in the *next* build");
        // Jira answers null for a comment open to everyone who may browse the issue (a mock's Long is 0).
        lenient().when(comment.getRoleLevelId()).thenReturn(null);
    }

    @Test
    void excerpts_shouldGiveTheWordsOfABrowsableCommentInTheNamedProject() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sup1, bob)).thenReturn(true);

        assertThat(target.excerpts("bob", List.of(ref))).isEqualTo(Map.of(ref, "Fixed in the *next* build"));
    }

    @Test
    void excerpts_shouldGiveNothingWhenTheEventNamesAnotherProject() {
        lenient().when(permissions.hasPermission(any(), any(Issue.class), any())).thenReturn(true);

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "42", "ENG")))).isEmpty();
    }

    @Test
    void excerpts_shouldGiveNothingForAnIssueTheViewerMayNotBrowse() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sup1, bob)).thenReturn(false);

        assertThat(target.excerpts("bob", List.of(ref))).isEmpty();
    }

    @Test
    void excerpts_shouldGiveNothingForACommentRestrictedToAGroupOrRole() {
        lenient().when(permissions.hasPermission(any(), any(Issue.class), any())).thenReturn(true);
        when(comment.getGroupLevel()).thenReturn("jira-developers");

        assertThat(target.excerpts("bob", List.of(ref))).isEmpty();

        when(comment.getGroupLevel()).thenReturn(null);
        when(comment.getRoleLevelId()).thenReturn(10002L);

        assertThat(target.excerpts("bob", List.of(ref))).isEmpty();
    }

    @Test
    void excerpts_shouldGiveNothingForAnUnknownOrNonNumericId() {
        when(comments.getCommentById(99L)).thenReturn(null);

        assertThat(target.excerpts("bob", List.of(new Ref("comment", "99", "SUP"),
                new Ref("comment", "SUP-1", "SUP"), new Ref("comment", "", "SUP")))).isEmpty();
        verifyNoInteractions(permissions);
    }

    @Test
    void excerpts_shouldGiveNothingForIssues() {
        assertThat(target.excerpts("bob", List.of(new Ref("issue", "SUP-1", "SUP")))).isEmpty();
        verifyNoInteractions(comments);
    }

    @Test
    void excerpts_shouldGiveAnonymousAndUnknownViewersNothing() {
        when(users.getUserByKey("ghost")).thenReturn(null);

        assertThat(target.excerpts(null, List.of(ref))).isEmpty();
        assertThat(target.excerpts("ghost", List.of(ref))).isEmpty();
        verifyNoInteractions(comments, permissions);
    }

    @Test
    void excerpts_shouldDropCodeBlocksAndMacroTagsAndKeepLinkLabels() {
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(sup1), eq(bob))).thenReturn(true);
        when(comment.getBody()).thenReturn("See {color:red}the log{color}:\n{code:java}secret();{code}\n"
                + "{noformat}stack{noformat} and [the runbook|https://wiki/x] <b>now</b>");

        assertThat(target.excerpts("bob", List.of(ref)))
                .isEqualTo(Map.of(ref, "See the log : and the runbook <b>now</b>"));
    }

    @Test
    void excerpts_shouldLeaveOutOnlyTheCommentJiraFailsToRead() {
        Comment other = comment(44L);
        when(comments.getCommentById(44L)).thenReturn(other);
        when(other.getIssue()).thenReturn(sup1);
        when(other.getRoleLevelId()).thenReturn(null);
        when(other.getBody()).thenReturn("Still here");
        when(comment.getIssue()).thenThrow(new IllegalStateException("issue gone"));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sup1, bob)).thenReturn(true);
        Ref fine = new Ref("comment", "44", "SUP");

        assertThat(target.excerpts("bob", List.of(ref, fine))).isEqualTo(Map.of(fine, "Still here"));
    }
}
