package io.crimelake.lakeformat.parquet;

import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.util.Map;

/**
 * The key-value metadata in every lake file's footer, whichever engine writes it, so that a file found on its
 * own can be traced back to its dataset.
 */
public final class LakeFileMetadata {
    private static final String DATASET_KEY = "crimelake.dataset";
    private static final String SOCRATA_ID_KEY = "crimelake.socrata_id";

    private LakeFileMetadata() {}

    public static Map<String, String> of(DatasetDefinition<?> definition) {
        return Map.of(DATASET_KEY, definition.name(), SOCRATA_ID_KEY, definition.socrataId());
    }
}
