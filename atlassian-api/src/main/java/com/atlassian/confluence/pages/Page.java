package com.atlassian.confluence.pages;

/**
 * Compile-only re-declaration (class, as in Confluence) of a page. Checked as {@link AbstractPage}.
 */
public class Page extends AbstractPage {

    // Checked against the decompiled Confluence 8.7.2 Page (public class Page extends AbstractPage
    // implements Hierarchical<Page>, ...; none deprecated): setParentPage(Page), addChild(Page).

    public void setParentPage(Page parent) {
        throw new UnsupportedOperationException("compile-only");
    }

    public void addChild(Page child) {
        throw new UnsupportedOperationException("compile-only");
    }
}
