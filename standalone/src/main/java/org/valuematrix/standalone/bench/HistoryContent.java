package org.valuematrix.standalone.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.valuematrix.standalone.bench.BenchOrganisation.BenchContainer;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.content.ContentType;

/**
 * Items of the standalone host's content store for the history-import rows, with what happened
 * to them later (versions, comments and replies, likes, mentions, issue changes): about five
 * events an item, by the owning team's members mostly and by anyone now and then, over the two
 * years before the run. Ids start after the store's highest, so a database reused from an earlier
 * run gets items the import has not seen.
 */
final class HistoryContent {
    private static final Duration SPAN = Duration.ofDays(730);
    private static final int CHUNK = 2_000;

    private final BenchOrganisation org;
    private final SplittableRandom random;
    private final Instant end;

    HistoryContent(BenchOrganisation org, long seed, Instant end) {
        this.org = org;
        this.random = new SplittableRandom(seed);
        this.end = end;
    }

    /** Writes {@code items} items and their records in chunks; returns how many records were written. */
    long write(ContentStore store, ContentRecords records, int items) {
        long nextId = store.nextId();
        long nextComment = store.nextCommentId();
        long written = 0;
        for (int done = 0; done < items; done += CHUNK) {
            int n = Math.min(CHUNK, items - done);
            List<Content> contents = new ArrayList<>(n);
            List<ContentRecords.Version> versions = new ArrayList<>();
            List<ContentRecords.CommentRecord> comments = new ArrayList<>();
            List<ContentRecords.Like> likes = new ArrayList<>();
            List<ContentRecords.Mention> mentions = new ArrayList<>();
            List<ContentRecords.IssueChange> changes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = nextId++;
                BenchContainer c = org.containers.get(random.nextInt(org.containers.size()));
                boolean jira = c.product.equals("jira");
                ContentType type = jira ? ContentType.ISSUE : random.nextInt(5) == 0 ? ContentType.BLOGPOST
                        : ContentType.PAGE;
                String author = person(c);
                Instant created = end.minus(SPAN).plusMillis((long) (random.nextDouble() * (SPAN.toMillis() - 86_400_000L)));
                String slug = jira ? c.key + "-" + id : "bench-" + id;
                contents.add(new Content(id, type, c.key, slug, "Item " + id, author, "", created));
                Instant at = created;
                for (int v = 2, versionsOf = random.nextInt(3); v < 2 + versionsOf; v++) {
                    at = later(at);
                    versions.add(new ContentRecords.Version(id, v, person(c), at));
                }
                Long lastComment = null;
                for (int k = 0, commentsOf = random.nextInt(4); k < commentsOf; k++) {
                    at = later(at);
                    Long parent = lastComment != null && random.nextInt(3) == 0 ? lastComment : null;
                    long commentId = nextComment++;
                    comments.add(new ContentRecords.CommentRecord(commentId, id, parent, person(c), "", at));
                    lastComment = commentId;
                }
                if (random.nextInt(2) == 0) {
                    likes.add(new ContentRecords.Like(id, person(c), later(at)));
                }
                if (random.nextInt(4) == 0) {
                    mentions.add(new ContentRecords.Mention(id, person(c), author, created));
                }
                if (jira) {
                    at = later(at);
                    changes.add(new ContentRecords.IssueChange(id, "assigned", person(c), author, at, null, null));
                    if (random.nextInt(2) == 0) {
                        changes.add(new ContentRecords.IssueChange(id, "transitioned", null, person(c), later(at),
                                "Open", "In Progress"));
                    }
                }
            }
            store.addAll(contents);
            records.addAll(new ContentRecords.Of(versions, comments, likes, mentions, changes));
            written += versions.size() + comments.size() + likes.size() + mentions.size() + changes.size();
        }
        return written;
    }

    /** A member of the owning team four times in five, anyone otherwise. */
    private String person(BenchContainer c) {
        if (c.owner >= 0 && random.nextInt(5) != 0) {
            List<Integer> members = org.teams.get(c.owner).members;
            return org.people[members.get(random.nextInt(members.size()))];
        }
        return org.people[random.nextInt(org.people.length)];
    }

    /** Minutes to days later, never after the run's start. */
    private Instant later(Instant at) {
        Instant next = at.plusSeconds(60 + random.nextInt(3 * 86_400));
        return next.isBefore(end) ? next : end.minusSeconds(1);
    }
}
