package de.integrationsnetz.directory.taxonomy;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    boolean existsByTaxonomyIdAndCode(UUID taxonomyId, String code);

    /** The last sibling under the parent; a null parent means the taxonomy's top level. */
    Optional<TaxonomyTerm> findFirstByTaxonomyIdAndParentIdOrderByPositionDesc(UUID taxonomyId,
            @Nullable UUID parentId);
}
