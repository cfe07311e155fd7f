package org.valuematrix.standalone.db;

import java.util.List;
import org.valuematrix.standalone.projects.ao.AOProjectGrant;
import net.java.ao.RawEntity;
import org.valuematrix.standalone.content.ao.AOComment;
import org.valuematrix.standalone.content.ao.AOContent;
import org.valuematrix.standalone.content.ao.AOIssueChange;
import org.valuematrix.standalone.content.ao.AOLike;
import org.valuematrix.standalone.content.ao.AOMention;
import org.valuematrix.standalone.content.ao.AOVersion;
import org.valuematrix.standalone.db.ao.AOSetting;
import org.valuematrix.standalone.directory.ao.AOContainer;
import org.valuematrix.standalone.directory.ao.AOContainerGroup;
import org.valuematrix.standalone.directory.ao.AOUser;
import org.valuematrix.standalone.directory.ao.AOUserGroup;
import org.valuematrix.standalone.spaces.ao.AOPageParent;
import org.valuematrix.standalone.spaces.ao.AOPageRestriction;
import org.valuematrix.standalone.spaces.ao.AOSpaceGrant;

/**
 * The standalone host's own Active Objects entities (directory, content, settings). Their
 * tables share core's prefix but carry {@code SA_} in their names; the plugin never has them.
 */
public final class HostEntities {
    private HostEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        List<Class<? extends RawEntity<?>>> all = List.of(AOUser.class, AOUserGroup.class, AOContainer.class,
                AOContainerGroup.class, AOContent.class, AOComment.class, AOSetting.class,
                AOVersion.class, AOLike.class, AOMention.class, AOIssueChange.class,
                AOSpaceGrant.class, AOPageRestriction.class, AOPageParent.class, AOProjectGrant.class);
        return all.toArray(new Class[0]);
    }
}
