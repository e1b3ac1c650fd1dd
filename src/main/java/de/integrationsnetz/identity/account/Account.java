package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
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
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who can log in, with the roles they hold. Identified by e-mail address (case-insensitive). */
@Entity
@Table(name = "accounts", schema = "identity")
public class Account implements DistrictScoped {

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
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, List<RoleGrant> grants, Locale language, boolean demo) {
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.enabled = true;
        this.preferredLanguage = language.getLanguage();
        this.demo = demo;
        this.createdAt = Instant.now();
        grants.forEach(grant -> memberships.add(new Membership(grant)));
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
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

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public void setPassword(String encodedPassword) {
        this.passwordHash = encodedPassword;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void changeLanguage(Locale language) {
        this.preferredLanguage = language.getLanguage();
    }

    public void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    public void replaceGrants(List<RoleGrant> grants) {
        memberships.clear();
        grants.forEach(grant -> memberships.add(new Membership(grant)));
    }

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
        return grants().stream().map(RoleGrant::district).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
