package com.atlassian.confluence.like;

import com.atlassian.confluence.core.ContentEntityObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the like manager; one member.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.like.LikeManager}
 * ({@code public interface LikeManager}; {@code Map<Long, List<Like>> getLikes(Collection<? extends
 * ContentEntityObject>)}, the likes of many pieces of content by content id, not deprecated).
 */
public interface LikeManager {
    Map<Long, List<Like>> getLikes(Collection<? extends ContentEntityObject> contents);
}
