package org.valuematrix.plugin.confluence;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.HostAuditLog;

/**
 * Confluence's audit log ({@code AuditService}, Confluence 7.5+). An entry is in the permissions
 * area at the base level, the level every site records: who may enter a customer-facing space is
 * exactly what an administrator reviews there. Category, action and field names are keys of the
 * plugin's bundle, which the audit log translates when it shows them.
 */
public class ConfluenceHostAuditLog implements HostAuditLog {
    static final String CATEGORY = "vm.spaces.hostaudit.category";
    static final String ACTION = "vm.spaces.hostaudit.action.";
    static final String STAGE = "vm.spaces.hostaudit.stage";
    static final String REASON = "vm.spaces.hostaudit.reason";
    static final String GRANTS = "vm.spaces.hostaudit.grants";
    /** The affected object's type, as Confluence's own space entries name it. */
    static final String SPACE = "Space";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceHostAuditLog.class);

    private final AuditService audit;

    public ConfluenceHostAuditLog(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void spaceChanged(String spaceKey, String spaceName, String action, String from, String to, String reason,
            String diff) {
        try {
            AuditEvent.Builder entry = AuditEvent.fromI18nKeys(CATEGORY, ACTION + action, CoverageLevel.BASE,
                    CoverageArea.PERMISSIONS)
                    .affectedObject(AuditResource.builder(spaceName, SPACE).id(spaceKey).build());
            if (to != null) {
                entry.changedValue(ChangedValue.fromI18nKeys(STAGE).from(from).to(to).build());
            }
            if (reason != null && !reason.isEmpty()) {
                entry.extraAttribute(AuditAttribute.fromI18nKeys(REASON, reason).build());
            }
            if (diff != null && !diff.isEmpty()) {
                entry.extraAttribute(AuditAttribute.fromI18nKeys(GRANTS, diff).build());
            }
            audit.audit(entry.build());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not write the change of the space {} to Confluence's audit log", spaceKey, e);
        }
    }
}
