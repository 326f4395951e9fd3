package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.StagedPage;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.ingest.domain.QuarantinedRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps committed pages in memory, replacing a page committed twice as a file rename would. */
final class InMemoryStagingStore implements StagingStore {
    record Page(List<CrimeRecord> records, List<QuarantinedRow> quarantined) {}

    private final Map<String, TreeMap<Long, Page>> runs = new ConcurrentHashMap<>();
    private int discarded;

    @Override
    public StagedPage openPage(String runId, long page) {
        List<CrimeRecord> records = new ArrayList<>();
        List<QuarantinedRow> quarantined = new ArrayList<>();
        return new StagedPage() {
            @Override
            public void write(CrimeRecord record) {
                records.add(record);
            }

            @Override
            public void quarantine(QuarantinedRow row) {
                quarantined.add(row);
            }

            @Override
            public void commit() {
                runs.computeIfAbsent(runId, id -> new TreeMap<>()).put(page, new Page(records, quarantined));
            }

            @Override
            public void discard() {
                discarded++;
            }
        };
    }

    @Override
    public void deletePagesAfter(String runId, long lastCommittedPage) {
        runs.getOrDefault(runId, new TreeMap<>())
                .tailMap(lastCommittedPage, false)
                .clear();
    }

    /** Commits a page directly, as a crash between commit and checkpoint leaves it. */
    void commitStray(String runId, long page, CrimeRecord record) {
        runs.computeIfAbsent(runId, id -> new TreeMap<>()).put(page, new Page(List.of(record), List.of()));
    }

    Map<Long, Page> pages(String runId) {
        return runs.getOrDefault(runId, new TreeMap<>());
    }

    List<CrimeRecord> records(String runId) {
        return pages(runId).values().stream().flatMap(p -> p.records().stream()).toList();
    }

    List<QuarantinedRow> quarantined(String runId) {
        return pages(runId).values().stream()
                .flatMap(p -> p.quarantined().stream())
                .toList();
    }

    int discarded() {
        return discarded;
    }
}
