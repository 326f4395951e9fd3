package io.crimelake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void countsQuotedLineBreaksAndQuotesAsPartOfTheirField() {
        assertThat(CsvRecords.count("id,description\r\n1,\"two\nlines, \"\"quoted\"\"\"\r\n2,plain\r\n"))
                .isEqualTo(3);
    }

    @Test
    void countsALastRecordWithoutLineBreak() {
        assertThat(CsvRecords.count("id\n1")).isEqualTo(2);
        assertThat(CsvRecords.count("")).isZero();
    }
}
