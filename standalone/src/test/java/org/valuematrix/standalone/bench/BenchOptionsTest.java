package org.valuematrix.standalone.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void parse_countsWithSuffixes_shouldBeReadAsNumbers() {
        BenchOptions o = BenchOptions.parse(new String[] {"bench", "--events", "100k", "--queries=1_000", "--ingest-slice", "2M"});

        assertThat(o.events).isEqualTo(100_000L);
        assertThat(o.queries).isEqualTo(1_000);
        assertThat(o.ingestSlice).isEqualTo(2_000_000L);
    }

    @Test
    void parse_pgSettingsInBothForms_shouldKeepNameAndValueWithTheirOwnEqualsSign() {
        BenchOptions o = BenchOptions.parse(new String[] {"--db", "postgres", "--pg-setting", "log_min_duration_statement=0",
            "--pg-setting=shared_preload_libraries=auto_explain"});

        assertThat(o.pgSettings).containsExactly(
                entry("log_min_duration_statement", "0"),
                entry("shared_preload_libraries", "auto_explain"));
    }

    @Test
    void parse_pgSettingWithoutName_shouldBeRefusedWithItsName() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--pg-setting", "=0"}))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("--pg-setting");
    }

    @Test
    void parse_matrixPages_shouldSetHowManyMatrixPagesAreRead_andZeroSkipsTheMatrixRows() {
        assertThat(BenchOptions.parse(new String[] {}).matrixPages).isEqualTo(10);
        assertThat(BenchOptions.parse(new String[] {"--matrix-pages", "3"}).matrixPages).isEqualTo(3);
        assertThat(BenchOptions.parse(new String[] {"--matrix-pages=0"}).matrixPages).isZero();
        assertThat(BenchOptions.usage()).contains("--matrix-pages");
    }

    @Test
    void parse_historyImport_shouldBeOffByDefault_andTakeItemsBatchAndPause() {
        BenchOptions none = BenchOptions.parse(new String[] {});
        assertThat(none.historyImport).isZero();
        assertThat(none.historyBatch).as("product default").isEqualTo(-1);
        assertThat(none.historyPause).as("product default").isEqualTo(-1);

        BenchOptions o = BenchOptions.parse(new String[] {"--history-import", "8k", "--history-batch=200",
            "--history-pause", "0", "--history-queries", "300"});

        assertThat(o.historyImport).isEqualTo(8_000);
        assertThat(o.historyBatch).isEqualTo(200);
        assertThat(o.historyPause).isZero();
        assertThat(o.historyQueries).isEqualTo(300);
        assertThat(BenchOptions.usage()).contains("--history-import", "--history-batch", "--history-pause");
    }

    @Test
    void parse_historyBatchOfZero_shouldBeRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--history-import", "10", "--history-batch", "0"}))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("--history-batch");
    }

    @Test
    void parse_unknownOption_shouldBeRefusedWithItsName() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--eventz", "5"}))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("--eventz");
    }
}
