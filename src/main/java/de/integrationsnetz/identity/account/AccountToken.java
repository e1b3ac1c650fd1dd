package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.AuditRedacted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link's server side: which account, what for, until when, and whether it was used. Stores a SHA-256 hash
 * of the token only; the token (32 random bytes, URL-safe Base64) exists in the e-mail alone.
 */
@Entity
@Table(name = "account_tokens", schema = "identity")
public class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @AuditRedacted
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    /** Two simultaneous uses of the same link: the second one fails on the version instead of setting a password. */
    @Version
    private long version;

    protected AccountToken() {}

    private AccountToken(AccountId account, TokenPurpose purpose, String tokenHash, Instant createdAt,
            Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A one-time link must be valid for some time");
        }
        this.id = UUID.randomUUID();
        this.accountId = account.value();
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(validity);
    }

    /** A new token and its stored counterpart; only {@link Issued#token()} can redeem it. */
    public static Issued issue(AccountId account, TokenPurpose purpose, Instant issuedAt, Duration validity) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(token, new AccountToken(account, purpose, hash(token), issuedAt, validity));
    }

    /** Hex SHA-256 of a token as it appears in a link. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a token can still be used at this instant, and if not, why not. */
    public Usability usabilityAt(Instant now) {
        if (usedAt != null) {
            return Usability.USED;
        }
        return now.isBefore(expiresAt) ? Usability.USABLE : Usability.EXPIRED;
    }

    /**
     * Marks the token as used.
     *
     * @throws InvalidLinkException when it was used before or has expired
     */
    public void use(Instant now) {
        Usability usability = usabilityAt(now);
        if (usability != Usability.USABLE) {
            throw new InvalidLinkException(usability);
        }
        this.usedAt = now;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant usedAt() {
        return usedAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    /** Why a link can or cannot be used. {@code UNKNOWN}: no such token (mistyped, or replaced by a newer one). */
    public enum Usability {
        USABLE,
        USED,
        EXPIRED,
        UNKNOWN
    }

    /** @param token the secret that goes into the link; never stored */
    public record Issued(String token, AccountToken stored) {

        @Override
        public String toString() {
            return "Issued[" + stored.purpose + " for " + stored.accountId + "]";
        }
    }
}
