package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** One incident row as the table view and the CSV export show it; nullable fields are wrapper types. */
public record Incident(
        long id,
        String caseNumber,
        LocalDateTime date,
        String block,
        String iucr,
        String primaryType,
        String description,
        String locationDescription,
        boolean arrest,
        boolean domestic,
        String beat,
        Integer district,
        Integer ward,
        Integer communityArea,
        String fbiCode,
        Double latitude,
        Double longitude) {

    public Incident {
        requireNonNull(date, "date is null");
    }
}
