package io.crimelake.analytics.adapter.in.web;

import io.crimelake.analytics.domain.Incident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes incidents as RFC 4180 CSV with a header row, one row at a time. */
final class IncidentCsv {
    static final String HEADER = "id,case_number,date,block,iucr,primary_type,description,location_description,"
            + "arrest,domestic,beat,district,ward,community_area,fbi_code,latitude,longitude";

    private final Writer out;

    IncidentCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write("\r\n");
    }

    /** Writes one row; I/O failures (a client that went away) surface unchecked to stop the export. */
    void write(Incident incident) {
        String row = Stream.of(
                        incident.id(),
                        incident.caseNumber(),
                        incident.date(),
                        incident.block(),
                        incident.iucr(),
                        incident.primaryType(),
                        incident.description(),
                        incident.locationDescription(),
                        incident.arrest(),
                        incident.domestic(),
                        incident.beat(),
                        incident.district(),
                        incident.ward(),
                        incident.communityArea(),
                        incident.fbiCode(),
                        incident.latitude(),
                        incident.longitude())
                .map(IncidentCsv::field)
                .collect(Collectors.joining(","));
        try {
            out.write(row);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
