package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.event.api.EventListener;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.capture.ActivityCapture;

/**
 * Listens to Confluence's content events and hands them to core's capture, which queues them
 * (never blocking the request thread for long). A failure here is logged and swallowed: Value
 * Matrix must never break the host's save.
 */
public class ConfluenceActivityCapture {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceActivityCapture.class);

    private final ActivityCapture capture;
    private final ConfluenceEventMapper mapper;

    public ConfluenceActivityCapture(ActivityCapture capture, Clock clock) {
        this.capture = capture;
        this.mapper = new ConfluenceEventMapper(clock);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        handle(() -> mapper.created(event.getPage()));
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        handle(() -> mapper.updated(event.getPage()));
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        handle(() -> mapper.created(event.getBlogPost()));
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        handle(() -> mapper.updated(event.getBlogPost()));
    }

    @EventListener
    public void onCommentCreated(CommentCreateEvent event) {
        handle(() -> mapper.commented(event.getComment()));
    }

    @EventListener
    public void onLikeCreated(LikeCreatedEvent event) {
        handle(() -> mapper.liked(event.getContent(), event.getOriginatingUser()));
    }

    private void handle(Supplier<List<CapturedEvent>> mapping) {
        try {
            for (CapturedEvent event : mapping.get()) {
                capture.capture(event);
            }
        } catch (RuntimeException e) {
            LOG.warn("Value Matrix could not capture a Confluence event", e);
        }
    }
}
