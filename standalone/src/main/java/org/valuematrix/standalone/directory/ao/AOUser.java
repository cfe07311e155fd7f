package org.valuematrix.standalone.directory.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A user of the standalone host's embedded directory. */
@Table("SA_USER")
public interface AOUser extends Entity {
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    @Unique
    String getUsername();

    void setUsername(String username);

    @NotNull
    String getDisplayName();

    void setDisplayName(String name);

    /** PBKDF2, see PasswordHasher; never the password. */
    @NotNull
    String getPasswordHash();

    void setPasswordHash(String hash);

    /** A time zone id (Europe/Berlin), or null: the person reads times in the host's zone. */
    String getTimeZone();

    void setTimeZone(String zone);

    @NotNull
    int getPosition();

    void setPosition(int position);
}
