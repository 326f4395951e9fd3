package io.crimelake.ingest.adapter.out.socrata;

import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.domain.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Keeps what one attempt received, and whether it was thrown away. */
final class CollectingReceiver implements RowReceiver {
    final List<Map<String, String>> rows = new ArrayList<>();
    final Set<String> unknownFields = new TreeSet<>();
    boolean discarded;

    @Override
    public void accept(RawRow row) {
        rows.add(row.fields());
    }

    @Override
    public void unknownFields(Set<String> fields) {
        unknownFields.addAll(fields);
    }

    @Override
    public void discard() {
        discarded = true;
    }
}
