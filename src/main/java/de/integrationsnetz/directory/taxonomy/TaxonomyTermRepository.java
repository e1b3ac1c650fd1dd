package de.integrationsnetz.directory.taxonomy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {}
