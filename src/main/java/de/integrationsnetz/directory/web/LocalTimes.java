package de.integrationsnetz.directory.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Formats instants for the pages in German local time (the directory's users work in Saxony). */
public final class LocalTimes {

    static final LocalTimes INSTANCE = new LocalTimes();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private LocalTimes() {}

    public String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    public String minute(@Nullable Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZONE));
    }
}
