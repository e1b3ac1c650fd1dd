package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.AuditRedacted;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A person who can log in, with the roles they hold. Identified by e-mail address (case-insensitive).
 *
 * <p>Life cycle: a county administration invites a person (the account exists, has no password: {@link
 * AccountStatus#INVITED}); the person sets a password through the one-time link ({@link AccountStatus#ACTIVE}); an
 * administrator may deactivate the account (it can no longer log in) and reactivate it. An account always holds at
 * least one role.
 */
@Entity
@Table(name = "accounts", schema = "identity")
public class Account implements DistrictScoped {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_EMAIL_LENGTH = 320;
    /** The longest display name, in characters (the form says so next to the field). */
    public static final int MAX_NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @AuditRedacted
    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "memberships", schema = "identity", joinColumns = @JoinColumn(name = "account_id"))
    @BatchSize(size = 50)
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Account() {}

    /** A new account without a password: it is activated when its owner sets one through an invitation link. */
    public Account(String email, String displayName, List<RoleGrant> grants, Locale language, boolean demo) {
        this(AccountId.random(), email, displayName, grants, language, demo);
    }

    public Account(AccountId id, String email, String displayName, List<RoleGrant> grants, Locale language,
            boolean demo) {
        this.id = id.value();
        this.email = requireValidEmail(email);
        this.displayName = requireValidName(displayName);
        this.enabled = true;
        this.preferredLanguage = language.getLanguage();
        this.demo = demo;
        this.createdAt = Instant.now();
        replaceAllGrants(grants);
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text looks like an e-mail address we can send to (one {@code @}, a dot in the domain). */
    public static boolean isPlausibleEmail(String email) {
        String normalised = normalise(email);
        return normalised.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(normalised).matches();
    }

    private static String requireValidEmail(String email) {
        if (email == null || !isPlausibleEmail(email)) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        return normalise(email);
    }

    private static String requireValidName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return displayName.strip();
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    /** The part of the e-mail address before the {@code @}, which a password must not contain. */
    public String emailLocalPart() {
        return email.substring(0, email.indexOf('@'));
    }

    public String displayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** The stored hash (with its {@code {id}} prefix), to check a password the user types in. */
    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        if (!enabled) {
            return AccountStatus.DEACTIVATED;
        }
        return passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }

    public Locale preferredLanguage() {
        return Locale.forLanguageTag(preferredLanguage);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public List<RoleGrant> grants() {
        return memberships.stream().map(Membership::toGrant).toList();
    }

    /** The roles this account holds in one district (other districts' roles are not that district's business). */
    public List<RoleGrant> grantsIn(DistrictKey district) {
        return grants().stream().filter(grant -> district.equals(grant.district())).toList();
    }

    public boolean belongsTo(DistrictKey district) {
        return memberships.stream().anyMatch(membership -> membership.isIn(district));
    }

    public boolean hasRoleIn(DistrictKey district, Role role) {
        return grantsIn(district).stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    /**
     * Sets a new password (already hashed by the password encoder). This also activates an invited account and ends a
     * login lock: whoever could set the password has proved to own the address.
     */
    public void changePassword(String encodedPassword) {
        if (encodedPassword == null || encodedPassword.isBlank()) {
            throw new IllegalArgumentException("A password hash must not be empty");
        }
        this.passwordHash = encodedPassword;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** The same password, hashed with the encoder's current default (no other state changes). */
    public void rehashPassword(String encodedPassword) {
        if (passwordHash == null || encodedPassword == null || encodedPassword.isBlank()) {
            throw new IllegalStateException("Only an existing password can be hashed anew");
        }
        this.passwordHash = encodedPassword;
    }

    public void changeLanguage(Locale language) {
        this.preferredLanguage = language.getLanguage();
    }

    public void rename(String displayName) {
        this.displayName = requireValidName(displayName);
    }

    /** Replaces every role of the account. */
    public void replaceGrants(List<RoleGrant> grants) {
        replaceAllGrants(grants);
    }

    /**
     * Replaces the roles the account holds in one district and keeps those of other districts and statewide roles:
     * a county administration manages its own district only.
     */
    public void replaceGrantsIn(DistrictKey district, List<RoleGrant> grants) {
        if (grants.stream().anyMatch(grant -> !district.equals(grant.district()))) {
            throw new IllegalArgumentException("All roles must apply to district " + district);
        }
        List<RoleGrant> kept = new ArrayList<>(grants().stream()
                .filter(grant -> !district.equals(grant.district()))
                .toList());
        kept.addAll(grants);
        replaceAllGrants(kept);
    }

    private void replaceAllGrants(List<RoleGrant> grants) {
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        // Different districts may share a role; the same role twice in one district is ambiguous.
        if (grants.stream().map(grant -> grant.role() + "@" + grant.district()).distinct().count() != grants.size()) {
            throw new IllegalArgumentException("Each role may be granted only once per district");
        }
        memberships.clear();
        grants.forEach(grant -> memberships.add(new Membership(grant)));
    }

    /** Ends the account's access; it keeps its data and can be reactivated. */
    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }

    /** Counts a failed login; from the {@code threshold}-th failure on, the account is locked for {@code lockFor}. */
    public void recordFailedLogin(Instant now, int threshold, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(id(), email, displayName, passwordHash, enabled, isLockedAt(now), preferredLanguage(),
                grants());
    }

    @Override
    public @Nullable DistrictKey owningDistrict() {
        return grants().stream().map(RoleGrant::district).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
