package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.DatasetMeta;

/** Outgoing port for what the lake holds: date range and the filter dimensions. */
public interface DatasetMetadata {

    /**
     * The current snapshot's metadata; a lake without data answers with {@code hasData == false}.
     *
     * @throws io.crimelake.ui.domain.AnalyticsUnavailableException when analytics cannot answer
     */
    DatasetMeta meta();
}
