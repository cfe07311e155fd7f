package org.ofbiz.core.entity;

/**
 * Compile-only re-declaration (checked exception class, as in Jira's entity engine) of a database
 * failure. Its real superclass {@code org.ofbiz.core.util.GeneralException} is not re-declared: only
 * catching it by this name matters here.
 *
 * <p>Checked against: {@code IssueManager#getIssueIdsForProject(Long) throws GenericEntityException}
 * in the jira-api source in the code index, and public Jira plugins there that catch it.
 */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;
}
