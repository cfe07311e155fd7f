package org.ofbiz.core.entity;

/**
 * Compile-only re-declaration (class, as in Jira's entity engine) of a database row; one member. Its
 * superclass {@code GenericEntity}, which declares {@code getLong}, is not re-declared: the JVM resolves
 * the call there at run time.
 *
 * <p>Checked against: the {@code org.ofbiz.core.entity.GenericValue} type of
 * {@code IssueEvent#getChangeLog()} and of Jira's {@code ChangeHistory(GenericValue, ...)} constructor
 * (docs.atlassian.com jira 7.3.4); {@code Long getLong(String)} as public Jira plugins in the code index
 * call it ({@code projectA.getLong("id")}). Not re-read for 9.12/10.3.
 */
public class GenericValue {

    /** @return the named column's value, or null */
    public Long getLong(String name) {
        throw new UnsupportedOperationException("compile-only");
    }
}
