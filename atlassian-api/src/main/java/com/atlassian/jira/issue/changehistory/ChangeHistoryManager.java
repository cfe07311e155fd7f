package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Jira) of the change history manager; two members.
 *
 * <p>Checked against: the {@code @PublicApi} interface's source in the code index (jira-api, 6.x):
 * {@code List<ChangeHistory> getChangeHistories(Issue issue)} ("Returns a List of ChangeHistory
 * entities") and {@code @Nullable ChangeHistory getChangeHistoryById(Long changeGroupId)} ("@since
 * JIRA 6.3", "a ChangeHistory group with the given id, or null if not found"); neither deprecated there
 * nor in the docs.atlassian.com jira-software 9.12 pages that refer to the manager. Not re-read for
 * 9.12/10.3 themselves.
 */
public interface ChangeHistoryManager {

    /** @return the issue's change groups, oldest first */
    List<ChangeHistory> getChangeHistories(Issue issue);

    /** @return the change group with this id, or null when there is none */
    ChangeHistory getChangeHistoryById(Long changeGroupId);
}
