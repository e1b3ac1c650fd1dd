package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.InvitationIssued;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration by a county administration: list, invite, edit roles, deactivate and reactivate the accounts
 * of their own district. Every method is scoped to the districts in which the calling user is a county
 * administrator; an account outside them is reported as not found.
 */
@Service
@Transactional
@PreAuthorize("hasRole('COUNTY_ADMIN')")
public class AccountManagement {

    /** The roles a county administration can grant: every district-scoped role. */
    public static final List<Role> GRANTABLE_ROLES =
            java.util.Arrays.stream(Role.values()).filter(Role::isDistrictScoped).toList();

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, OneTimeLinks links, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites a person into the administrator's district: creates the account without a password and e-mails a
     * one-time link ({@link InvitationIssued}).
     *
     * @throws EmailAlreadyUsedException when the address has an account already (in any district)
     */
    public AccountId invite(CurrentUser admin, InviteAccount command) {
        DistrictKey district = districtOf(admin);
        String email = Account.normalise(command.email());
        if (accounts.existsByEmail(email)) {
            throw new EmailAlreadyUsedException();
        }
        RoleGrant grant = grantIn(district, command.role(), command.municipality(), command.organisation());
        Account account = accounts.save(new Account(email, command.displayName(), List.of(grant), command.language(),
                false));
        sendInvitation(account, admin);
        return account.id();
    }

    /** Sends a new invitation link to an account that has not set its password yet; the old link stops working. */
    public void resendInvitation(CurrentUser admin, AccountId id) {
        Account account = load(admin, id);
        if (account.status() != AccountStatus.INVITED) {
            throw new IllegalStateException("Only invited accounts get an invitation: " + account.status());
        }
        sendInvitation(account, admin);
    }

    private void sendInvitation(Account account, CurrentUser admin) {
        Instant now = clock.instant();
        AccountToken.Issued issued = links.issue(account.id(), TokenPurpose.INVITATION, now);
        events.publishEvent(new InvitationIssued(account.id(), account.email(), account.displayName(),
                account.preferredLanguage(), links.linkFor(issued), issued.stored().expiresAt(),
                admin.displayName()));
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(CurrentUser admin, AccountSearch search, Pageable pageable) {
        DistrictKey district = districtOf(admin);
        return accounts.findAll(search.in(district), pageable)
                .map(account -> new AccountSummary(account.id(), account.displayName(), account.email(),
                        account.status(),
                        account.grantsIn(district).stream().map(RoleGrant::role).distinct().toList(),
                        account.createdAt()));
    }

    /** @throws AccountNotFoundException when there is no such account in the administrator's districts */
    @Transactional(readOnly = true)
    public AccountView find(CurrentUser admin, AccountId id) {
        Account account = load(admin, id);
        return AccountView.of(account, districtFor(admin, account));
    }

    /**
     * Changes an account's name and its roles in the administrator's district (roles in other districts stay).
     *
     * @throws ObjectOptimisticLockingFailureException when someone changed the account since {@code version} was read
     * @throws SelfLockoutException when an administrator would take away their own administrator role
     */
    public void update(CurrentUser admin, UpdateAccount command) {
        Account account = load(admin, command.id());
        if (account.version() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Account.class, command.id().value());
        }
        DistrictKey district = districtFor(admin, account);
        if (account.id().equals(admin.id()) && !command.roles().contains(Role.COUNTY_ADMIN)) {
            throw new SelfLockoutException();
        }
        List<RoleGrant> grants = new ArrayList<>();
        for (Role role : GRANTABLE_ROLES) {
            if (command.roles().contains(role)) {
                grants.add(grantIn(district, role, command.municipality(), command.organisation()));
            }
        }
        account.rename(command.displayName());
        account.replaceGrantsIn(district, grants);
        accounts.saveAndFlush(account);
    }

    /** The account can no longer log in; an open session ends with its next request. */
    public void deactivate(CurrentUser admin, AccountId id) {
        Account account = load(admin, id);
        if (account.id().equals(admin.id())) {
            throw new SelfLockoutException();
        }
        account.deactivate();
    }

    public void reactivate(CurrentUser admin, AccountId id) {
        load(admin, id).reactivate();
    }

    /** The district whose users this administrator manages: the first one they are county administrator of. */
    public static DistrictKey districtOf(CurrentUser admin) {
        return adminDistricts(admin).stream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a county administrator of any district"));
    }

    private static List<DistrictKey> adminDistricts(CurrentUser admin) {
        return admin.grants().stream()
                .filter(grant -> grant.role() == Role.COUNTY_ADMIN && grant.district() != null)
                .map(RoleGrant::district)
                .distinct()
                .toList();
    }

    private static DistrictKey districtFor(CurrentUser admin, Account account) {
        return adminDistricts(admin).stream()
                .filter(account::belongsTo)
                .findFirst()
                .orElseThrow(AccountNotFoundException::new);
    }

    private Account load(CurrentUser admin, AccountId id) {
        Collection<DistrictKey> districts = adminDistricts(admin);
        return accounts.findById(id.value())
                .filter(account -> districts.stream().anyMatch(account::belongsTo))
                .orElseThrow(AccountNotFoundException::new);
    }

    private static RoleGrant grantIn(DistrictKey district, Role role, @Nullable MunicipalityKey municipality,
            @Nullable UUID organisation) {
        if (!role.isDistrictScoped()) {
            throw new IllegalArgumentException("A county administration cannot grant " + role);
        }
        if (role == Role.MUNICIPALITY) {
            if (municipality == null || !municipality.district().equals(district)) {
                throw new IllegalArgumentException("The municipality role needs a municipality of " + district);
            }
            return new RoleGrant(role, district, municipality, null);
        }
        return new RoleGrant(role, district, null, role == Role.PROVIDER ? organisation : null);
    }

    /**
     * @param language the language of the invitation e-mail and the account's first UI language
     * @param municipality required for {@link Role#MUNICIPALITY}, ignored otherwise
     * @param organisation optional for {@link Role#PROVIDER}, ignored otherwise
     */
    public record InviteAccount(String email, String displayName, Locale language, Role role,
            @Nullable MunicipalityKey municipality, @Nullable UUID organisation) {}

    /**
     * @param roles the account's roles in the administrator's district (at least one)
     * @param version the version the form was loaded with
     */
    public record UpdateAccount(AccountId id, String displayName, Set<Role> roles,
            @Nullable MunicipalityKey municipality, @Nullable UUID organisation, long version) {}
}
