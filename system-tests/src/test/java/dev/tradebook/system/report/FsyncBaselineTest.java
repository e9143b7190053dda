package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FsyncBaselineTest {

    @Test
    void keepsTheFdatasyncAndOpenDatasyncLinesOfEachComparison() {
        FsyncBaseline fsync = FsyncBaseline.parse(1, Resources.text("pg_test_fsync.txt"));

        assertThat(fsync.lines()).containsExactly(
                new FsyncBaseline.Line("one 8kB write", "open_datasync", 5156.856, 194),
                new FsyncBaseline.Line("one 8kB write", "fdatasync", 6123.388, 163),
                new FsyncBaseline.Line("two 8kB writes", "open_datasync", 2204.162, 454),
                new FsyncBaseline.Line("two 8kB writes", "fdatasync", 2067.635, 484));
    }

    @Test
    void refusesOutputWithoutAMeasuredLine() {
        assertThatThrownBy(() -> FsyncBaseline.parse(1, "pg_test_fsync: could not open output file: Permission denied\n"))
                .hasMessageContaining("Permission denied");
    }
}
