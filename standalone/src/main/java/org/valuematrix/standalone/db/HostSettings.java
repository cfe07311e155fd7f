package org.valuematrix.standalone.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.db.ao.AOSetting;

/** Key-value settings of the standalone host, in Active Objects. */
public class HostSettings {
    private final EntityAccess ao;

    public HostSettings(EntityAccess ao) {
        this.ao = ao;
    }

    public Optional<String> get(String key) {
        AOSetting[] hit = ao.find(AOSetting.class, Query.select().where("SETTING_KEY = ?", key));
        return hit.length == 0 ? Optional.empty() : Optional.ofNullable(hit[0].getSettingValue());
    }

    public void put(String key, String value) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AOSetting.class, "SETTING_KEY = ?", key);
            Map<String, Object> row = new HashMap<>();
            row.put("SETTING_KEY", key);
            row.put("SETTING_VALUE", value);
            ao.create(AOSetting.class, row);
            return null;
        });
    }
}
