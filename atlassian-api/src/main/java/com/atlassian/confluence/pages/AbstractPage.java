package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/**
 * Compile-only re-declaration (abstract class, as in Confluence) of pages and blog posts. No
 * member of its own is used.
 *
 * <p>Checked against: Confluence's content hierarchy on docs.atlassian.com (see
 * {@link com.atlassian.confluence.core.SpaceContentEntityObject}).
 */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
