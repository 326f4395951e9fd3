package io.crimelake.e2e;

/** Counts RFC 4180 records: line breaks inside quoted fields (a description may hold one) do not end a record. */
final class CsvRecords {
    private CsvRecords() {}

    static long count(String csv) {
        long records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted; // an escaped quote ("") toggles twice
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        boolean unterminatedLast = !csv.isEmpty() && csv.charAt(csv.length() - 1) != '\n';
        return unterminatedLast ? records + 1 : records;
    }
}
