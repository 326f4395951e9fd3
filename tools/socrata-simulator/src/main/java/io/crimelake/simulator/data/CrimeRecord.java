package io.crimelake.simulator.data;

import java.time.LocalDateTime;

/**
 * One crime row with every value in the text form the SODA API serves ({@code "009"}, {@code "41.8"}); a
 * {@code null} is a missing value.
 */
public record CrimeRecord(
        long id,
        String caseNumber,
        LocalDateTime date,
        String block,
        String iucr,
        String primaryType,
        String description,
        String locationDescription,
        Boolean arrest,
        Boolean domestic,
        String beat,
        String district,
        String ward,
        String communityArea,
        String fbiCode,
        String xCoordinate,
        String yCoordinate,
        String year,
        LocalDateTime updatedOn,
        String latitude,
        String longitude) {

    public CrimeRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
    }
}
