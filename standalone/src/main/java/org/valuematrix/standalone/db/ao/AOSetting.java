package org.valuematrix.standalone.db.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A setting of the standalone host itself (e.g. whether the demo organisation finished loading). */
@Table("SA_SETTING")
public interface AOSetting extends Entity {
    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(StringLength.MAX_LENGTH)
    String getSettingValue();

    void setSettingValue(String value);
}
