package com.atlassian.jira.permission;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Jira) of the permission scheme manager; two
 * members.
 *
 * <p>Checked against: jira/latest javadoc {@code public interface PermissionSchemeManager extends
 * SchemeManager} (its deprecated {@code getEntities(GenericValue, ProjectPermissionKey, String, String)}
 * says "Use getPermissionSchemeEntries(long, …)"); public Jira code in the code index calling
 * {@code Long getSchemeIdFor(Project)} (declared by {@code SchemeManager}, implemented by Jira's
 * mocks with that signature) and {@code Collection<PermissionSchemeEntry>
 * getPermissionSchemeEntries(long schemeId, ProjectPermissionKey)} (a JQL-function plugin,
 * {@code permissionSchemeManager.getPermissionSchemeEntries(schemeId, permissionId)}). Neither is
 * deprecated there.
 */
public interface PermissionSchemeManager {

    /** @return the id of the project's permission scheme, or null when it has none */
    Long getSchemeIdFor(Project project);

    /** @return the scheme's grants of the permission */
    Collection<PermissionSchemeEntry> getPermissionSchemeEntries(long schemeId, ProjectPermissionKey permissionKey);
}
