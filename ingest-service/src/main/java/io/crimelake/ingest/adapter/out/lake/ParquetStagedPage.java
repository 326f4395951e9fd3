package io.crimelake.ingest.adapter.out.lake;

import io.crimelake.ingest.application.port.out.StagedPage;
import io.crimelake.ingest.domain.QuarantinedRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page written to local scratch files first, then uploaded to the store under its final keys, each upload
 * atomic; files are created only when the page has rows of their kind. The Parquet file is encoded on a
 * background thread ({@link BackgroundParquetWriter}) while the caller goes on reading rows.
 */
final class ParquetStagedPage implements StagedPage {
    private final ObjectStore store;
    private final Path parquetScratch;
    private final Path quarantineScratch;
    private final String parquetKey;
    private final String quarantineKey;
    private BackgroundParquetWriter writer;
    private QuarantineLines quarantine;

    ParquetStagedPage(ObjectStore store, Path scratchPrefix, String parquetKey, String quarantineKey) {
        this.store = store;
        this.parquetScratch = scratchPrefix.resolveSibling(scratchPrefix.getFileName() + ".parquet");
        this.quarantineScratch = scratchPrefix.resolveSibling(scratchPrefix.getFileName() + ".jsonl");
        this.parquetKey = parquetKey;
        this.quarantineKey = quarantineKey;
    }

    @Override
    public void write(CrimeRecord record) throws IOException {
        if (writer == null) {
            writer = new BackgroundParquetWriter(parquetScratch);
        }
        writer.write(record);
    }

    @Override
    public void quarantine(QuarantinedRow row) throws IOException {
        if (quarantine == null) {
            quarantine = new QuarantineLines(quarantineScratch);
        }
        quarantine.write(row);
    }

    @Override
    public void commit() throws IOException {
        closeWriters();
        if (Files.exists(parquetScratch)) {
            store.upload(parquetKey, parquetScratch);
        }
        if (Files.exists(quarantineScratch)) {
            store.upload(quarantineKey, quarantineScratch);
        }
        deleteScratch();
    }

    @Override
    public void discard() {
        if (writer != null) {
            writer.abandon();
            writer = null;
        }
        try {
            closeWriters();
        } catch (IOException | RuntimeException e) {
            // The page is thrown away; a writer that cannot even close has nothing left worth keeping.
        }
        try {
            deleteScratch();
        } catch (IOException e) {
            // Leftover scratch files are removed when the run next resumes.
        }
    }

    private void closeWriters() throws IOException {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            writer = null;
            if (quarantine != null) {
                quarantine.close();
            }
            quarantine = null;
        }
    }

    private void deleteScratch() throws IOException {
        Files.deleteIfExists(parquetScratch);
        Files.deleteIfExists(quarantineScratch);
    }
}
