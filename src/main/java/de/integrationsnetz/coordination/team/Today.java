package de.integrationsnetz.coordination.team;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The current day in Saxony, from the application's clock: whether a coordinator is active depends on it. */
@Component
public class Today {

    private static final ZoneId SAXONY = ZoneId.of("Europe/Berlin");

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(SAXONY));
    }
}
