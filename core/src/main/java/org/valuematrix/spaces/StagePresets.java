package org.valuematrix.spaces;

import static org.valuematrix.spi.SpaceGrant.Permission.COMMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.CREATEATTACHMENT;
import static org.valuematrix.spi.SpaceGrant.Permission.EDITBLOG;
import static org.valuematrix.spi.SpaceGrant.Permission.EDITSPACE;
import static org.valuematrix.spi.SpaceGrant.Permission.EXPORTSPACE;
import static org.valuematrix.spi.SpaceGrant.Permission.REMOVEOWNCONTENT;
import static org.valuematrix.spi.SpaceGrant.Permission.SETSPACEPERMISSIONS;
import static org.valuematrix.spi.SpaceGrant.Permission.VIEWSPACE;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpaceGrant.Permission;

/**
 * The exact grants of each stage; a space at a stage has these and nothing else.
 * <ul>
 * <li>rehearsal: the internal group contributes (view, comment, add and edit pages and blog
 * posts, attach, remove their own content, export); each moderator has every space permission
 * but {@code SETSPACEPERMISSIONS}, so who may enter changes only through the audited stages;</li>
 * <li>invited: rehearsal, and each external group views and comments, nothing else;</li>
 * <li>public: invited, and anonymous users view.</li>
 * </ul>
 * The same for every template: a template decides the pages, never who gets in.
 */
public final class StagePresets {
    public static final Set<Permission> INTERNAL =
            EnumSet.of(VIEWSPACE, REMOVEOWNCONTENT, COMMENT, EDITSPACE, EDITBLOG, CREATEATTACHMENT, EXPORTSPACE);
    public static final Set<Permission> MODERATOR = EnumSet.complementOf(EnumSet.of(SETSPACEPERMISSIONS));
    public static final Set<Permission> EXTERNAL = EnumSet.of(VIEWSPACE, COMMENT);

    private StagePresets() {
    }

    public static Set<SpaceGrant> grants(CustomerSpace space, SpaceStage stage) {
        Set<SpaceGrant> out = new LinkedHashSet<>();
        INTERNAL.forEach(p -> out.add(SpaceGrant.group(p, space.internalGroup())));
        for (String moderator : space.moderators()) {
            MODERATOR.forEach(p -> out.add(SpaceGrant.user(p, moderator)));
        }
        if (stage != SpaceStage.REHEARSAL) {
            for (String group : space.externalGroups()) {
                EXTERNAL.forEach(p -> out.add(SpaceGrant.group(p, group)));
            }
        }
        if (stage == SpaceStage.PUBLIC) {
            out.add(SpaceGrant.anonymous(VIEWSPACE));
        }
        return out;
    }
}
