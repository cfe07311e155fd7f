package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/**
 * Compile-only re-declaration (class, as in Jira) of one change group of an issue's history.
 *
 * <p>Checked against: docs.atlassian.com jira 7.3.4 {@code com.atlassian.jira.issue.changehistory.ChangeHistory}
 * ({@code @PublicApi public class ChangeHistory extends Object implements WithId}): {@code Long getId()},
 * {@code String getAuthorKey()} ("Returns the userkey of the author of this Change"; {@code getAuthor()} is
 * the deprecated one), {@code Timestamp getTimePerformed()}, {@code List<ChangeItemBean> getChangeItemBeans()};
 * none deprecated. Not re-read for 9.12/10.3.
 */
public class ChangeHistory {

    /** @return the change group's id, which a live issue event's change log carries as its "id" */
    public Long getId() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the key of the user who made the change, or null for an anonymous change */
    public String getAuthorKey() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only");
    }
}
