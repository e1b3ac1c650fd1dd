package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account's details as one district sees them.
 *
 * @param district the district this view is scoped to; {@code grants} holds that district's roles only (for the own
 *     account page: every role)
 * @param version for optimistic locking of the edit form
 */
public record AccountView(AccountId id, String email, String displayName, AccountStatus status, String language,
        @Nullable DistrictKey district, List<RoleGrant> grants, Instant createdAt, boolean demo, long version) {

    static AccountView of(Account account, @Nullable DistrictKey district) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.status(),
                account.preferredLanguage().getLanguage(), district,
                district == null ? account.grants() : account.grantsIn(district), account.createdAt(),
                account.isDemo(), account.version());
    }

    /** The day the account was created, in German local time. */
    public java.time.LocalDate createdOn() {
        return java.time.LocalDate.ofInstant(createdAt, java.time.ZoneId.of("Europe/Berlin"));
    }

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().toList();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** The municipality the municipality role is limited to, if any. */
    public @Nullable MunicipalityKey municipality() {
        return grants.stream().map(RoleGrant::municipality).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The organisation the provider role is limited to, if any. */
    public @Nullable UUID organisation() {
        return grants.stream().map(RoleGrant::organisation).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
