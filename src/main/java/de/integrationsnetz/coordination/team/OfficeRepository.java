package de.integrationsnetz.coordination.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, UUID> {

    List<Office> findByDistrictKey(String districtKey);

    Optional<Office> findByIdAndDistrictKey(UUID id, String districtKey);
}
