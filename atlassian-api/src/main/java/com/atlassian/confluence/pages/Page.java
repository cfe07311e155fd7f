package com.atlassian.confluence.pages;

/**
 * Compile-only re-declaration (class, as in Confluence) of a page. Checked as {@link AbstractPage}.
 */
public class Page extends AbstractPage {
}
