package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.dataset.SourceTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory source with keyset paging, and scripted failures for crash and retry tests. */
final class FakeSocrataSource implements SocrataSource {
    private final List<Map<String, String>> rows = new ArrayList<>();
    private int pagesServed;
    private int failAfterPages = Integer.MAX_VALUE;
    private int brokenAttemptsLeft;
    private final List<PageRequest> requests = new ArrayList<>();

    static Map<String, String> row(long id, String date, String updatedOn) {
        Map<String, String> row = new HashMap<>();
        row.put("id", String.valueOf(id));
        row.put("date", date);
        row.put("updated_on", updatedOn);
        row.put("arrest", "false");
        row.put("domestic", "true");
        row.put("primary_type", "THEFT");
        return row;
    }

    FakeSocrataSource add(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    /** Every page request after the next {@code pages} successful ones fails, as if the portal went away. */
    void failAfterPages(int pages) {
        failAfterPages = pagesServed + pages;
    }

    void recover() {
        failAfterPages = Integer.MAX_VALUE;
    }

    /** The next attempts deliver one row and then break, as a connection reset mid-body does. */
    void breakNextAttempts(int attempts) {
        brokenAttemptsLeft = attempts;
    }

    List<PageRequest> requests() {
        return requests;
    }

    @Override
    public long countRows(String datasetId, QueryWindow window) {
        return matching(window, null).size();
    }

    @Override
    public <R extends RowReceiver> R fetchPage(PageRequest request, Attempts<R> attempts) {
        requests.add(request);
        if (pagesServed >= failAfterPages) {
            throw new SourceFailedException("source unavailable (scripted)", null);
        }
        List<Map<String, String>> page = matching(request.window(), request.afterKey()).stream()
                .limit(request.limit())
                .toList();
        try {
            while (true) {
                R receiver = attempts.open();
                if (brokenAttemptsLeft > 0 && !page.isEmpty()) {
                    brokenAttemptsLeft--;
                    receiver.accept(new RawRow(new HashMap<>(page.getFirst())));
                    receiver.discard();
                    continue;
                }
                for (Map<String, String> row : page) {
                    receiver.accept(new RawRow(new HashMap<>(row)));
                }
                receiver.unknownFields(Set.of());
                pagesServed++;
                return receiver;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, String>> matching(QueryWindow window, Long afterKey) {
        return rows.stream()
                .filter(row -> afterKey == null || keyOf(row) > afterKey)
                .filter(row -> inWindow(window, row))
                .sorted(Comparator.comparingLong(FakeSocrataSource::keyOf))
                .toList();
    }

    // A row whose times do not parse is served anyway, as a portal serves whatever it holds.
    private static boolean inWindow(QueryWindow window, Map<String, String> row) {
        try {
            LocalDateTime date = SourceTimestamps.parse(row.get("date"));
            String updated = row.get("updated_on");
            return window.contains(date, updated == null ? null : SourceTimestamps.parse(updated));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static long keyOf(Map<String, String> row) {
        try {
            return Long.parseLong(row.get("id"));
        } catch (NumberFormatException e) {
            // Rows without a numeric key sort first, as the simulator's injected garbage row does.
            return Long.MIN_VALUE;
        }
    }
}
