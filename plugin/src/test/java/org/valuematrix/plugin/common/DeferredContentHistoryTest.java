package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.valuematrix.spi.ContentHistory;

/** A product's content history is built when the import first needs it, once, and a missing part fails only the import. */
class DeferredContentHistoryTest {

    @Test
    void aMissingHostComponent_shouldFailTheFirstUse_notTheConstruction() {
        DeferredContentHistory target = new DeferredContentHistory(() -> {
            throw new IllegalStateException("Jira's ChangeHistoryManager is not published");
        });

        assertThatThrownBy(target::containerKeys).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ChangeHistoryManager");
    }

    @Test
    void everyCall_shouldGoToOneAdapter_builtOnce() {
        AtomicInteger built = new AtomicInteger();
        DeferredContentHistory target = new DeferredContentHistory(() -> {
            built.incrementAndGet();
            return new ContentHistory() {
                @Override
                public List<String> containerKeys() {
                    return List.of("CORE");
                }

                @Override
                public long countItems(String containerKey) {
                    return 7;
                }

                @Override
                public Batch read(String containerKey, String after, Instant since, int limit) {
                    return Batch.finishedEmpty();
                }
            };
        });

        assertThat(built).hasValue(0);
        assertThat(target.containerKeys()).containsExactly("CORE");
        assertThat(target.countItems("CORE")).isEqualTo(7);
        assertThat(target.read("CORE", null, null, 10).items()).isZero();
        assertThat(built).hasValue(1);
    }
}
