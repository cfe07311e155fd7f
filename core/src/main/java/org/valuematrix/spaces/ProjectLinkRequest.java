package org.valuematrix.spaces;

/** A request to link a project to a space: without {@code confirm} only its preview. */
public final class ProjectLinkRequest {
    final String project;
    final String reason;
    final boolean confirm;
    final boolean grant;

    /**
     * @param grant whether to give the external groups what they lack on the project (false: link
     *     and change no permission)
     */
    public ProjectLinkRequest(String project, String reason, boolean confirm, boolean grant) {
        this.project = project;
        this.reason = reason;
        this.confirm = confirm;
        this.grant = grant;
    }
}
