package com.atlassian.jira.project;

/**
 * Compile-only re-declaration (interface, as in Jira) of a project.
 *
 * <p>Checked against: public Jira plugins in the code index ({@code project.getId()},
 * {@code project.getName()} on {@code ProjectManager#getProjects()} results); {@code getKey()} is the
 * long-standing member.
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
