package de.integrationsnetz.directory.taxonomy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyRepository extends JpaRepository<Taxonomy, UUID> {}
