package org.valuematrix.matrix.rollup;

import java.util.Optional;
import java.util.Set;
import org.valuematrix.activity.ActivityObject;

/**
 * Which page, blog post or issue an event is about. Hosts report a comment as an object of its
 * own (its own id) whose address is the item's with the comment singled out
 * ({@code /browse/KEY-1?focusedCommentId=9#comment-9}, {@code /pages/viewpage.action?pageId=5#comment-9}),
 * so the item is named by the product and its address without the fragment and without
 * {@code focusedCommentId}: the same for the item's own events and its comments'. An item whose
 * address is empty is named by its type and id. An item whose address changes (a renamed page
 * whose address is its title) starts anew under the new address.
 */
public final class WorkItemKeys {
    /** Object types that are work items themselves. */
    public static final Set<String> ITEM_TYPES = Set.of("page", "blogpost", "issue");
    private static final String COMMENT = "comment";

    private WorkItemKeys() {
    }

    /** @return the item's key, or empty when the event is about no page, blog post or issue */
    public static Optional<String> of(String product, ActivityObject object) {
        boolean item = ITEM_TYPES.contains(object.type());
        if (!item && !COMMENT.equals(object.type())) {
            return Optional.empty();
        }
        String address = address(object.url());
        if (address.isEmpty()) {
            return item ? Optional.of(RowKeys.of(product, "#", object.type(), object.id())) : Optional.empty();
        }
        return Optional.of(RowKeys.of(product, address));
    }

    /** @return the address without its fragment and without a focusedCommentId parameter */
    static String address(String url) {
        int hash = url.indexOf('#');
        String bare = hash < 0 ? url : url.substring(0, hash);
        int query = bare.indexOf('?');
        if (query < 0) {
            return bare;
        }
        StringBuilder kept = new StringBuilder(bare.substring(0, query));
        char separator = '?';
        for (String param : bare.substring(query + 1).split("&")) {
            if (param.isEmpty() || param.startsWith("focusedCommentId=") || param.equals("focusedCommentId")) {
                continue;
            }
            kept.append(separator).append(param);
            separator = '&';
        }
        return kept.toString();
    }
}
