package de.integrationsnetz.coordination.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoordinatorRepository extends JpaRepository<Coordinator, UUID> {

    List<Coordinator> findByDistrictKey(String districtKey);

    Optional<Coordinator> findByIdAndDistrictKey(UUID id, String districtKey);

    long countByOfficeId(UUID officeId);

    List<Coordinator> findByOfficeIdIn(Collection<UUID> officeIds);

    List<Coordinator> findByAccountId(UUID accountId);

    @Query("select distinct c from Coordinator c join c.municipalityKeys m where m = :municipalityKey")
    List<Coordinator> findByMunicipality(String municipalityKey);
}
