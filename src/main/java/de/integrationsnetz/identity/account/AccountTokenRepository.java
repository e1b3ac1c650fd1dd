package de.integrationsnetz.identity.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> findByHash(String hash);

    /** A new link replaces every older one of the same purpose: only the latest e-mail works. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from AccountToken t where t.accountId = :account and t.purpose = :purpose")
    int deleteAllFor(UUID account, TokenPurpose purpose);

    @Query("select max(t.createdAt) from AccountToken t where t.accountId = :account and t.purpose = :purpose")
    Optional<java.time.Instant> latestIssuedAt(UUID account, TokenPurpose purpose);
}
