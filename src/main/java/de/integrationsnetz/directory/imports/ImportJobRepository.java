package de.integrationsnetz.directory.imports;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, UUID> {

    List<ImportJob> findTop50ByDistrictKeyInOrderByCreatedAtDesc(List<String> districts);

    List<ImportJob> findTop50ByOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations);
}
