package org.valuematrix.matrix.rollup;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.valuematrix.matrix.ao.AOWorkItem;

/**
 * A work item's minima ({@link AOWorkItem}), and how two sets of them combine: {@link #merge}
 * is commutative and associative, so the row is a function of the item's events alone.
 */
final class ItemRow {
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    final String key;
    Long createdAt;
    String author;
    String authorTeam;
    String container;
    String type;
    Long firstResponseAt;
    String firstResponder;
    Long otherResponseAt;
    Long resolvedAt;
    Long crossedAt;

    ItemRow(String key) {
        this.key = key;
    }

    /** @return whether no event recorded anything: such an item has no row */
    boolean isEmpty() {
        return createdAt == null && firstResponseAt == null && resolvedAt == null && crossedAt == null;
    }

    static ItemRow of(AOWorkItem row) {
        ItemRow r = new ItemRow(row.getItemKey());
        r.createdAt = row.getCreatedAt();
        r.author = row.getAuthor();
        r.authorTeam = row.getAuthorTeam();
        r.container = row.getContainerKey();
        r.type = row.getItemType();
        r.firstResponseAt = row.getFirstResponseAt();
        r.firstResponder = row.getFirstResponder();
        r.otherResponseAt = row.getOtherResponseAt();
        r.resolvedAt = row.getResolvedAt();
        r.crossedAt = row.getCrossedAt();
        return r;
    }

    void created(long at, String by, String team, String containerKey, String itemType) {
        ItemRow c = new ItemRow(key);
        c.createdAt = at;
        c.author = by;
        c.authorTeam = team;
        c.container = containerKey;
        c.type = itemType;
        merge(c);
    }

    void responded(long at, String by) {
        mergeResponses(at, by, null);
    }

    void resolved(long at) {
        resolvedAt = min(resolvedAt, at);
    }

    void crossed(long at) {
        crossedAt = min(crossedAt, at);
    }

    /** Takes in another set of the same item's events. */
    void merge(ItemRow o) {
        if (o.createdAt != null && (createdAt == null || compareCreation(o) < 0)) {
            createdAt = o.createdAt;
            author = o.author;
            authorTeam = o.authorTeam;
            container = o.container;
            type = o.type;
        }
        if (o.firstResponseAt != null) {
            mergeResponses(o.firstResponseAt, o.firstResponder, o.otherResponseAt);
        }
        resolvedAt = min(resolvedAt, o.resolvedAt);
        crossedAt = min(crossedAt, o.crossedAt);
    }

    /**
     * The earliest response overall (by the smaller key between equal times) and the earliest by
     * anyone else. Of two sets, the winner keeps its responder; the earliest response by anyone
     * else is the winner's own, or the loser's earliest when the loser's responder differs (it is
     * then someone else, and nothing of the loser's is earlier), or the loser's own otherwise.
     */
    private void mergeResponses(long at, String by, Long otherAt) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
            firstResponder = by;
            otherResponseAt = otherAt;
            return;
        }
        boolean theirsFirst = at < firstResponseAt || (at == firstResponseAt && by.compareTo(firstResponder) < 0);
        long winnerAt = theirsFirst ? at : firstResponseAt;
        String winner = theirsFirst ? by : firstResponder;
        Long winnerOther = theirsFirst ? otherAt : otherResponseAt;
        long loserAt = theirsFirst ? firstResponseAt : at;
        String loser = theirsFirst ? firstResponder : by;
        Long loserOther = theirsFirst ? otherResponseAt : otherAt;
        firstResponseAt = winnerAt;
        firstResponder = winner;
        otherResponseAt = min(winnerOther, winner.equals(loser) ? loserOther : Long.valueOf(loserAt));
    }

    /** @return the first response by someone other than the author, if the author and it are known */
    Long firstResponseByOthers() {
        if (author == null || firstResponseAt == null) {
            return null;
        }
        return author.equals(firstResponder) ? otherResponseAt : firstResponseAt;
    }

    private int compareCreation(ItemRow o) {
        int c = Long.compare(o.createdAt, createdAt);
        if (c == 0) {
            c = NULLS_FIRST.compare(o.author, author);
        }
        if (c == 0) {
            c = NULLS_FIRST.compare(o.container, container);
        }
        if (c == 0) {
            c = NULLS_FIRST.compare(o.type, type);
        }
        return c == 0 ? NULLS_FIRST.compare(o.authorTeam, authorTeam) : c;
    }

    private static Long min(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Long.valueOf(Math.min(a, b));
    }

    /** Copies the values into the entity; @return whether any changed */
    boolean copyTo(AOWorkItem row) {
        boolean changed = false;
        if (!Objects.equals(createdAt, row.getCreatedAt()) || !Objects.equals(author, row.getAuthor())
                || !Objects.equals(authorTeam, row.getAuthorTeam()) || !Objects.equals(container, row.getContainerKey())
                || !Objects.equals(type, row.getItemType())) {
            row.setCreatedAt(createdAt);
            row.setAuthor(author);
            row.setAuthorTeam(authorTeam);
            row.setContainerKey(container);
            row.setItemType(type);
            changed = true;
        }
        if (!Objects.equals(firstResponseAt, row.getFirstResponseAt())
                || !Objects.equals(firstResponder, row.getFirstResponder())
                || !Objects.equals(otherResponseAt, row.getOtherResponseAt())) {
            row.setFirstResponseAt(firstResponseAt);
            row.setFirstResponder(firstResponder);
            row.setOtherResponseAt(otherResponseAt);
            changed = true;
        }
        if (!Objects.equals(resolvedAt, row.getResolvedAt())) {
            row.setResolvedAt(resolvedAt);
            changed = true;
        }
        if (!Objects.equals(crossedAt, row.getCrossedAt())) {
            row.setCrossedAt(crossedAt);
            changed = true;
        }
        return changed;
    }

    Map<String, Object> columns() {
        Map<String, Object> row = new HashMap<>();
        row.put("ITEM_KEY", key);
        put(row, "CREATED_AT", createdAt);
        put(row, "AUTHOR", author);
        put(row, "AUTHOR_TEAM", authorTeam);
        put(row, "CONTAINER_KEY", container);
        put(row, "ITEM_TYPE", type);
        put(row, "FIRST_RESPONSE_AT", firstResponseAt);
        put(row, "FIRST_RESPONDER", firstResponder);
        put(row, "OTHER_RESPONSE_AT", otherResponseAt);
        put(row, "RESOLVED_AT", resolvedAt);
        put(row, "CROSSED_AT", crossedAt);
        return row;
    }

    private static void put(Map<String, Object> row, String column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }
}
