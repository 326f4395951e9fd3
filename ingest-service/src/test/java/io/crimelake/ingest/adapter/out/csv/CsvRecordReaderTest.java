package io.crimelake.ingest.adapter.out.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    @Test
    void readsQuotedCommasDoubledQuotesLineBreaksAndCrlf() throws IOException {
        List<List<String>> records =
                readAll("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,end\nlast,\"(41.8, -87.6)\",x");

        assertThat(records)
                .containsExactly(
                        List.of("a", "b, c", "say \"hi\""),
                        List.of("two\nlines", "", "end"),
                        List.of("last", "(41.8, -87.6)", "x"));
    }

    @Test
    void endsCleanlyAfterATrailingNewline() throws IOException {
        assertThat(readAll("a,b\n")).containsExactly(List.of("a", "b"));
        assertThat(readAll("")).isEmpty();
    }

    @Test
    void rejectsAQuotedFieldThatNeverEnds() {
        assertThatThrownBy(() -> readAll("a,\"open")).hasMessageContaining("inside a quoted field");
    }

    private static List<List<String>> readAll(String csv) throws IOException {
        var reader = new CsvRecordReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
