package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;

/** Outgoing port for the filtered incidents themselves, a page at a time. */
public interface IncidentRecords {

    /**
     * Page {@code page} (0-based) of {@code size} incidents matching {@code filter}, newest first.
     *
     * @throws io.crimelake.ui.domain.AnalyticsUnavailableException when analytics cannot answer
     */
    IncidentPage incidents(IncidentFilter filter, int page, int size);
}
