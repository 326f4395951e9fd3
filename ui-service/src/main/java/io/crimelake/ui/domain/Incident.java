package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** One incident as the dashboard's table shows it; nullable fields are wrapper types. */
public record Incident(
        long id,
        String caseNumber,
        LocalDateTime date,
        String block,
        String primaryType,
        String description,
        String locationDescription,
        boolean arrest,
        boolean domestic,
        Integer district,
        Integer communityArea) {

    public Incident {
        requireNonNull(date, "date is null");
    }
}
