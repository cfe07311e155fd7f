package com.atlassian.jira.bc.group.search;

import com.atlassian.crowd.embedded.api.Group;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Jira; {@code @PublicApi} since 4.4) of the service
 * behind Jira's group picker.
 *
 * <p>Checked against: the source of {@code com.atlassian.jira.bc.group.search.GroupPickerSearchService}
 * in the code index ({@code List<Group> findGroups(String query)}: unique and sorted) and the
 * package summary of the Jira 7.0.8 javadoc; {@code GroupManager.getAllGroups()} is deprecated since
 * 7.0 in favour of this service. Not checked against the 9.12/10.3 javadoc: see the plugin report.
 */
public interface GroupPickerSearchService {

    List<Group> findGroups(String query);
}
