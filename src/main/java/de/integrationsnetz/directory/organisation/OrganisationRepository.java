package de.integrationsnetz.directory.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganisationRepository extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

    List<Organisation> findByDistrictKeyAndNameKeyAndAddressKey(String districtKey, String nameKey, String addressKey);

    long countByDistrictKey(String districtKey);
}
