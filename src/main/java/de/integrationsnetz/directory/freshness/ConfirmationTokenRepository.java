package de.integrationsnetz.directory.freshness;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConfirmationTokenRepository extends JpaRepository<ConfirmationToken, UUID> {

    @Query("select t from ConfirmationToken t where t.tokenHash = :hash")
    Optional<ConfirmationToken> findByHash(String hash);

    @Query("select t from ConfirmationToken t where t.offerId = :offer and t.usedAt is null and t.supersededAt is null")
    List<ConfirmationToken> findOpen(UUID offer);
}
