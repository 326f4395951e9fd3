package io.crimelake.ingest.adapter.in.web;

/**
 * What the web adapter needs from configuration.
 *
 * @param adminToken the bearer token that may start runs; null or blank refuses all
 */
public record WebSettings(String adminToken) {}
