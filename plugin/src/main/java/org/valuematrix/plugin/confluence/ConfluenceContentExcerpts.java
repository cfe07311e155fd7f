package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.plugin.common.ExcerptsEach;
import org.valuematrix.spi.ContentExcerpts;

/**
 * A Confluence comment's words, read when the stream is shown. The id is the comment's content
 * id, as capture names it. Words are given only to a signed-in viewer Confluence lets view the
 * comment (space permission and page restrictions alike), and only when the comment lives in the
 * space the event names: a space the viewer may see must not carry another space's words.
 * Anonymous viewers get none: the stream shows them no one's words.
 */
public class ConfluenceContentExcerpts implements ContentExcerpts {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceContentExcerpts.class);

    private final CommentManager comments;
    private final PermissionManager permissions;
    private final UserAccessor users;

    public ConfluenceContentExcerpts(CommentManager comments, PermissionManager permissions, UserAccessor users) {
        this.comments = comments;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Map<Ref, String> excerpts(String viewer, Collection<Ref> refs) {
        if (viewer == null || refs.isEmpty()) {
            return Map.of();
        }
        ConfluenceUser user = users.getUserByKey(new UserKey(viewer));
        if (user == null) {
            return Map.of();
        }
        return ExcerptsEach.read(refs, ref -> words(ref, user), LOG, "Confluence");
    }

    private String words(Ref ref, ConfluenceUser user) {
        Comment comment = comment(ref);
        if (comment == null || !ref.containerKey().equals(spaceKey(comment))
                || !permissions.hasPermission(user, Permission.VIEW, comment)) {
            return "";
        }
        return StorageFormatText.of(comment.getBodyAsString());
    }

    private Comment comment(Ref ref) {
        if (!ConfluenceEventMapper.COMMENT.equals(ref.type())) {
            return null;
        }
        try {
            return comments.getComment(Long.parseLong(ref.id()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The space capture names for a comment: its own, else that of the page or blog post it is on. */
    private static String spaceKey(Comment comment) {
        Space space = comment.getSpace();
        ContentEntityObject on = comment.getContainer();
        if (space == null && on instanceof SpaceContentEntityObject) {
            space = ((SpaceContentEntityObject) on).getSpace();
        }
        return space == null ? null : space.getKey();
    }
}
