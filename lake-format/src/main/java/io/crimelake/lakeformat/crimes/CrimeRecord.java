package io.crimelake.lakeformat.crimes;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.dataset.Lineage;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One reported crime incident from the portal's "Crimes - 2001 to Present" dataset, as stored in the lake.
 *
 * <p>See {@link CrimesSchema} for each field's meaning and the time semantics of {@code date} and
 * {@code updatedOn} (Chicago wall-clock time, no zone). Nullable fields use wrapper types.
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
        boolean arrest,
        boolean domestic,
        String beat,
        Integer district,
        Integer ward,
        Integer communityArea,
        String fbiCode,
        Double xCoordinate,
        Double yCoordinate,
        int year,
        LocalDateTime updatedOn,
        Double latitude,
        Double longitude,
        boolean locationFlagged,
        String ingestRunId,
        Instant ingestedAt) {

    public CrimeRecord {
        requireNonNull(date, "date is null");
        requireNonNull(ingestRunId, "ingestRunId is null");
        requireNonNull(ingestedAt, "ingestedAt is null");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must both be set or both be null");
        }
        if (locationFlagged && latitude != null) {
            throw new IllegalArgumentException("a flagged location must have its latitude and longitude nulled");
        }
    }

    /** The same incident as written by another run: compare records with equal lineage to compare content. */
    public CrimeRecord withLineage(Lineage lineage) {
        return new CrimeRecord(
                id,
                caseNumber,
                date,
                block,
                iucr,
                primaryType,
                description,
                locationDescription,
                arrest,
                domestic,
                beat,
                district,
                ward,
                communityArea,
                fbiCode,
                xCoordinate,
                yCoordinate,
                year,
                updatedOn,
                latitude,
                longitude,
                locationFlagged,
                lineage.ingestRunId(),
                lineage.ingestedAt());
    }
}
