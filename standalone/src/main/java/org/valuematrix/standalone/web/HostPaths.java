package org.valuematrix.standalone.web;

/** The standalone host's addresses, inside its context path (see {@link SiteAddress}). */
public final class HostPaths {
    public static final String HOME = "/";
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String SPACES = "/spaces";
    public static final String TEAMS = "/admin/teams";
    public static final String DISPLAY = "/display";
    public static final String BROWSE = "/browse";
    public static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    public static final String MATRIX = "/plugins/servlet/value-matrix";
    public static final String MATRIX_ADMIN = "/plugins/servlet/value-matrix/admin";
    public static final String HISTORY_ADMIN = MATRIX_ADMIN + "/history";
    /** A project's team matrix: where the Jira project sidebar's "Value Matrix" entry leads. */
    public static final String PROJECT_MATRIX = org.valuematrix.web.ProjectMatrixServlet.PATH;
    /** Every REST API lives under this path; errors there answer JSON. */
    public static final String REST = "/rest";
    public static final String CORE_REST = "/rest/value-matrix/1.0";
    public static final String HOST_REST = "/rest/standalone/1.0";
    public static final String STATIC_AUI = "/static/aui";
    public static final String STATIC_CORE = "/static/vm";
    public static final String STATIC_HOST = "/static/standalone";

    private HostPaths() {
    }
}
