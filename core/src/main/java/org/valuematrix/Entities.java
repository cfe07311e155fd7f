package org.valuematrix;

import java.util.List;
import net.java.ao.RawEntity;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.admin.ao.AOAuditEntry;
import org.valuematrix.admin.ao.AOExcludedPerson;
import org.valuematrix.admin.ao.AOJobRun;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.ao.AOTieLock;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ao.AOVisibleSet;
import org.valuematrix.matrix.ao.AOMatrixFigures;
import org.valuematrix.matrix.ao.AOMatrixSettings;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AORollupState;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spaces.ao.AOCustomerSpace;
import org.valuematrix.spaces.ao.AOSpaceAudit;
import org.valuematrix.spaces.ao.AOSpaceProject;
import org.valuematrix.team.ao.AOContainerTeam;
import org.valuematrix.team.ao.AOTeam;
import org.valuematrix.team.ao.AOTeamGroup;

/** Every Active Objects entity of the plugin; the descriptor's {@code <ao>} module lists the same. */
public final class Entities {
    private Entities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(AOTeam.class, AOTeamGroup.class, AOContainerTeam.class, AOActivityEvent.class, AOTie.class,
                AOTieLock.class, AOVisibleSet.class, AOVisibleKey.class, AOTieDay.class, AOPersonDay.class,
                AOWorkItem.class, AOMatrixSettings.class, AOMatrixFigures.class, AORollupState.class, AOAuditEntry.class,
                AOExcludedPerson.class, AOJobRun.class, AOHistoryImport.class,
                AOCustomerSpace.class, AOSpaceAudit.class, AOSpaceProject.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return all().toArray(new Class[0]);
    }
}
