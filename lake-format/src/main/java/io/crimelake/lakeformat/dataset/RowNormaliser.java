package io.crimelake.lakeformat.dataset;

import java.util.Map;

/**
 * Turns one raw source row into a typed record, or rejects it so ingest can quarantine the row and go on.
 *
 * @param <R> the record type of the dataset
 */
@FunctionalInterface
public interface RowNormaliser<R> {
    /**
     * Normalises one row.
     *
     * @param row field values keyed by Socrata API field names, as a JSON or CSV reader produced them; a
     *     missing key means the same as a null value
     * @param lineage the ingest run stamped on the record
     * @throws RowRejectedException when a field cannot be turned into its typed value; it names the field
     */
    R normalise(Map<String, String> row, Lineage lineage) throws RowRejectedException;
}
