package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lake.application.port.out.PartitionMerger.StagedFile;
import io.crimelake.lake.domain.UnreadableBatchException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tells a DuckDB failure during a merge that a staged file caused, reported naming that file (the lake stays
 * unchanged, and retrying cannot help), from any other: the lake's own partition files, the work folder and the
 * engine are ours, so their failures stay server errors and the batch stays journaled for recovery.
 */
final class StagedFileFailures {
    // Failures of the engine or the machine, never of the file being read.
    private static final List<String> ENGINE_FAILURES =
            List.of("Out of Memory Error", "INTERRUPT Error", "FATAL Error", "INTERNAL Error");

    private final List<StagedFile> batch;
    private final DuckDbSql sql;
    private final Connection connection;

    StagedFileFailures(List<StagedFile> batch, DuckDbSql sql, Connection connection) {
        this.batch = List.copyOf(batch);
        this.sql = sql;
        this.connection = connection;
    }

    /** The exception to throw for a statement of the merge that failed while doing {@code what}. */
    RuntimeException explain(String what, SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        if (isEngineFailure(message)) {
            return new IllegalStateException("DuckDB failed " + what + ": " + message, failure);
        }
        Optional<StagedFile> named = named(message);
        if (named.isPresent()) {
            return unreadable(named.get(), message, failure);
        }
        // DuckDB names the file for some damage (a compressed frame it cannot inflate) but not for other (a
        // corrupt page header or encoding). Reading each staged file once more, only on this failure path,
        // finds it without an extra full read of every batch, which would slow the 8.3M-row initial compaction.
        for (StagedFile file : batch) {
            Optional<SQLException> damage = readEveryValue(file);
            if (damage.isPresent()) {
                damage.get().addSuppressed(failure);
                return unreadable(file, damage.get().getMessage(), damage.get());
            }
        }
        // Every staged file reads: a current partition file, which the lake wrote, or the work folder failed.
        return new IllegalStateException("DuckDB failed " + what + ": " + message, failure);
    }

    /** Reports a staged file by its key, since the operator knows neither the local copy nor its folder. */
    static UnreadableBatchException unreadable(StagedFile file, String reason, Throwable cause) {
        String local = DuckDbSql.path(file.localCopy());
        return new UnreadableBatchException(file.key(), String.valueOf(reason).replace(local, file.key()), cause);
    }

    // The longest match, so that no file is taken for another whose path merely contains its own.
    private Optional<StagedFile> named(String message) {
        return batch.stream()
                .filter(file -> message.contains(DuckDbSql.path(file.localCopy())))
                .max(Comparator.comparingInt(
                        file -> DuckDbSql.path(file.localCopy()).length()));
    }

    private Optional<SQLException> readEveryValue(StagedFile file) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql.readEveryValue(file.localCopy()))) {
            rows.next();
            return Optional.empty();
        } catch (SQLException e) {
            return isEngineFailure(String.valueOf(e.getMessage())) ? Optional.empty() : Optional.of(e);
        }
    }

    private static boolean isEngineFailure(String message) {
        return ENGINE_FAILURES.stream().anyMatch(message::startsWith);
    }
}
