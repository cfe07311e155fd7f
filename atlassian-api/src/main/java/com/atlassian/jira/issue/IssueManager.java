package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-only re-declaration (interface, as in Jira) of the issue manager; three members.
 *
 * <p>Checked against: the {@code @PublicApi} interface's source in the code index (jira-api):
 * {@code Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException} ("This uses
 * constant memory (i.e. doesn't load all issues into memory)") and {@code long getIssueCountForProject(Long
 * projectId)}; {@code List<MutableIssue> getIssueObjects(Collection<Long>)} as public Jira plugins there call
 * it ({@code issueManager.getIssueObjects(issueManager.getIssueIdsForProject(project.id))}); none deprecated in
 * the docs.atlassian.com jira/server {@code RequestCachingIssueManager} summary. Not re-read for 9.12/10.3.
 */
public interface IssueManager {

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;

    long getIssueCountForProject(Long projectId);

    /** @return the issues with these ids that exist, in no promised order */
    List<MutableIssue> getIssueObjects(Collection<Long> ids);
}
