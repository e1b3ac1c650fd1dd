package de.integrationsnetz.directory.taxonomy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyRepository extends JpaRepository<Taxonomy, UUID> {

    Optional<Taxonomy> findByCode(String code);
}
