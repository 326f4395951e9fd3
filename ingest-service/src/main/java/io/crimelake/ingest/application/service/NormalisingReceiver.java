package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.StagedPage;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.QuarantinedRow;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowNormaliser;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/** Normalises the rows of one page attempt into a staged page, quarantining the rows that fail. */
final class NormalisingReceiver implements RowReceiver {
    private final StagedPage page;
    private final RowNormaliser<CrimeRecord> normaliser;
    private final String keyField;
    private final Lineage lineage;
    private final long pageNumber;
    private final Set<String> unknownFields = new TreeSet<>();
    private long rows;
    private long keyedRows;
    private long quarantined;
    private Long lastKey;
    private LocalDateTime maxDate;
    private LocalDateTime maxUpdatedOn;

    NormalisingReceiver(
            StagedPage page, RowNormaliser<CrimeRecord> normaliser, String keyField, Lineage lineage, long pageNumber) {
        this.page = requireNonNull(page, "page is null");
        this.normaliser = requireNonNull(normaliser, "normaliser is null");
        this.keyField = requireNonNull(keyField, "keyField is null");
        this.lineage = requireNonNull(lineage, "lineage is null");
        this.pageNumber = pageNumber;
    }

    @Override
    public void accept(RawRow row) throws IOException {
        rows++;
        trackKey(row.fields().get(keyField));
        try {
            CrimeRecord record = normaliser.normalise(row.fields(), lineage);
            page.write(record);
            maxDate = later(maxDate, record.date());
            maxUpdatedOn = later(maxUpdatedOn, record.updatedOn());
        } catch (RowRejectedException e) {
            page.quarantine(
                    new QuarantinedRow(lineage.ingestRunId(), pageNumber, e.field(), e.reason(), e.rawValue(), row));
            quarantined++;
        }
    }

    @Override
    public void unknownFields(Set<String> fields) {
        unknownFields.addAll(fields);
    }

    @Override
    public void discard() {
        page.discard();
    }

    /** Publishes the page, or drops it when the attempt received no row at all. */
    void finish() throws IOException {
        if (rows == 0) {
            page.discard();
            return;
        }
        try {
            page.commit();
        } catch (IOException | RuntimeException e) {
            page.discard();
            throw e;
        }
    }

    Set<String> unknownFields() {
        return unknownFields;
    }

    PageSummary summary() {
        return new PageSummary(rows, keyedRows, quarantined, lastKey, maxDate, maxUpdatedOn);
    }

    // Keyset paging continues after the largest key received, quarantined rows included, so they are not
    // fetched again; a row without a usable key cannot be paged past and does not count towards the page.
    private void trackKey(String rawKey) {
        if (rawKey == null) {
            return;
        }
        try {
            long key = Long.parseLong(rawKey.strip());
            keyedRows++;
            lastKey = lastKey == null ? key : Math.max(lastKey, key);
        } catch (NumberFormatException e) {
            // Not a key: the row is quarantined by the normaliser, which rejects the same value.
        }
    }

    private static LocalDateTime later(LocalDateTime current, LocalDateTime candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
