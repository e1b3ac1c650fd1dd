package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One row of the user list: an account as the county administration of one district sees it. */
public record AccountSummary(AccountId id, String displayName, String email, AccountStatus status, List<Role> roles,
        Instant createdAt) {

    /** The day the account was created, in German local time. */
    public LocalDate createdOn() {
        return LocalDate.ofInstant(createdAt, ZoneId.of("Europe/Berlin"));
    }
}
