package com.atlassian.jira.project;

import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Jira) of the project manager.
 *
 * <p>Checked against: a public Jira plugin in the code index
 * ({@code List<Project> projects = ComponentAccessor.getProjectManager().getProjects()}) and
 * docs.atlassian.com DAC javadoc {@code DefaultProjectManager}; {@code getProjectObjByKey(String)}
 * is the long-standing lookup, not re-read for 9.12/10.3.
 */
public interface ProjectManager {

    List<Project> getProjects();

    Project getProjectObjByKey(String projectKey);
}
