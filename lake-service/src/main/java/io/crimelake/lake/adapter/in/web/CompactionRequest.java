package io.crimelake.lake.adapter.in.web;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/lake/compactions}: the staged batch (an ingest run id) of a dataset. */
public record CompactionRequest(
        @NotBlank(message = "dataset is required") String dataset,
        @NotBlank(message = "batchId is required") String batchId) {}
