package io.crimelake.analytics.domain;

/** Incidents in one police district. */
public record DistrictCount(int district, long count) {}
