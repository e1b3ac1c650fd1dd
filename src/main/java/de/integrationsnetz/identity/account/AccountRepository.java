package de.integrationsnetz.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    @Query("select distinct a from Account a join a.memberships m where m.districtKey = :district order by a.displayName")
    List<Account> findAllInDistrict(String district);
}
