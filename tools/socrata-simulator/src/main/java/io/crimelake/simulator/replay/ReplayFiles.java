package io.crimelake.simulator.replay;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeDataset;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.CrimeTableBuilder;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads saved portal files (CSV exports, SODA JSON or GeoJSON responses) into a dataset to serve. */
public final class ReplayFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayFiles.class);

    private ReplayFiles() {}

    /** Reads every file; a crime present in several files keeps the version read last. */
    public static CrimeDataset load(List<Path> files) {
        CrimeTableBuilder builder = new CrimeTableBuilder();
        for (Path file : files) {
            int before = builder.size();
            int skipped = read(file, builder);
            LOG.info("Replaying {}: {} rows, {} unusable rows skipped", file, builder.size() - before, skipped);
        }
        CrimeTable table = builder.build();
        return new CrimeDataset(table, latestUpdate(table));
    }

    private static int read(Path file, CrimeTableBuilder builder) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return isJson(in)
                    ? JsonReplay.read(in, builder::add)
                    : CsvReplay.read(new InputStreamReader(in, StandardCharsets.UTF_8), builder::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay " + file, e);
        }
    }

    // Looks past a byte order mark and white space for the first character, then rewinds.
    private static boolean isJson(InputStream in) throws IOException {
        in.mark(64);
        int c;
        do {
            c = in.read();
        } while (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c));
        in.reset();
        return c == '[' || c == '{';
    }

    private static Instant latestUpdate(CrimeTable table) {
        long latest = FloatingTimestamps.MISSING;
        for (int row = 0; row < table.size(); row++) {
            latest = Math.max(latest, table.timestamp(Column.UPDATED_ON, row));
        }
        return latest == FloatingTimestamps.MISSING
                ? Instant.now()
                : FloatingTimestamps.toDateTime(latest)
                        .atZone(SyntheticHistory.CHICAGO)
                        .toInstant();
    }
}
