package io.crimelake.ui.domain;

/** Incidents in one police district. */
public record DistrictCount(int district, long count) {}
