package com.atlassian.confluence.pages;

/**
 * Compile-only re-declaration (class, as in Confluence) of a blog post. Checked as {@link AbstractPage}.
 */
public class BlogPost extends AbstractPage {
}
