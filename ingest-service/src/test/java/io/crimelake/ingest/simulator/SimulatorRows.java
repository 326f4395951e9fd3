package io.crimelake.ingest.simulator;

import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.CrimeTable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The simulator's served rows in a window, as raw SODA field maps: the truth staged batches are held to. */
final class SimulatorRows {
    private static final DateTimeFormatter SODA_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private SimulatorRows() {}

    static List<Map<String, String>> inWindows(SocrataSimulator simulator, List<QueryWindow> windows) {
        CrimeTable table = simulator.table();
        return IntStream.range(0, table.size())
                .mapToObj(table::record)
                .filter(row -> windows.stream().anyMatch(w -> w.contains(row.date(), row.updatedOn())))
                .map(SimulatorRows::fields)
                .toList();
    }

    private static Map<String, String> fields(CrimeRecord row) {
        Map<String, String> fields = new HashMap<>();
        fields.put("id", Long.toString(row.id()));
        fields.put("case_number", row.caseNumber());
        fields.put("date", iso(row.date()));
        fields.put("block", row.block());
        fields.put("iucr", row.iucr());
        fields.put("primary_type", row.primaryType());
        fields.put("description", row.description());
        fields.put("location_description", row.locationDescription());
        fields.put("arrest", row.arrest() == null ? null : row.arrest().toString());
        fields.put("domestic", row.domestic() == null ? null : row.domestic().toString());
        fields.put("beat", row.beat());
        fields.put("district", row.district());
        fields.put("ward", row.ward());
        fields.put("community_area", row.communityArea());
        fields.put("fbi_code", row.fbiCode());
        fields.put("x_coordinate", row.xCoordinate());
        fields.put("y_coordinate", row.yCoordinate());
        fields.put("year", row.year());
        fields.put("updated_on", iso(row.updatedOn()));
        fields.put("latitude", row.latitude());
        fields.put("longitude", row.longitude());
        return fields;
    }

    // As SODA prints them: LocalDateTime.toString() would drop zero seconds, which the portal never does.
    private static String iso(LocalDateTime time) {
        return time == null ? null : SODA_TIME.format(time);
    }
}
