package org.valuematrix.standalone.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AoClauseCacheTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(AoClauseCache.PROPERTY);
        System.clearProperty(AoClauseCache.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(AoClauseCache.PROPERTY);
        } else {
            System.setProperty(AoClauseCache.PROPERTY, before);
        }
    }

    @Test
    void configure_shouldRaiseActiveObjectsClauseCacheAboveItsHundred() {
        AoClauseCache.configure();

        assertThat(Integer.parseInt(System.getProperty(AoClauseCache.PROPERTY))).isGreaterThan(100);
    }

    @Test
    void configure_whenTheOperatorChoseASize_shouldKeepIt() {
        System.setProperty(AoClauseCache.PROPERTY, "5");

        AoClauseCache.configure();

        assertThat(System.getProperty(AoClauseCache.PROPERTY)).isEqualTo("5");
    }
}
