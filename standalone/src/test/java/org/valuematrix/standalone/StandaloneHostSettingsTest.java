package org.valuematrix.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.db.Database;

class StandaloneHostSettingsTest {

    @Test
    void settingsFor_h2_shouldWriteContainerKeysAsLiteralsWhichH2Hashes() {
        assertThat(StandaloneHost.settingsFor(Database.h2(Paths.get("vm-data"))).inlineContainerKeys()).isTrue();
    }

    @Test
    void settingsFor_postgres_shouldBindContainerKeysAsThePluginDoes() {
        Database postgres = new Database("jdbc:postgresql://db/vm", "vm", "secret");

        assertThat(StandaloneHost.settingsFor(postgres).inlineContainerKeys()).isFalse();
    }
}
