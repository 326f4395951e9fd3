package io.crimelake.analytics.application.port.in;

import io.crimelake.analytics.domain.Meta;

/** Incoming port describing the data on offer: snapshot, range, freshness and dimension values. */
public interface MetaQuery {

    Meta meta();
}
