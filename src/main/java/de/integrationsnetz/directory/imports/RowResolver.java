package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.directory.OfferId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed row against the database and the rest of the file, for one run (validation or commit) of one job:
 * the organisation (by id or name in the district; created when missing and allowed; a provider's job only for their
 * own organisation), the offer id (not taken, not another district's), the postal code (known, in the district), the
 * same offer twice in the file, and the offer's own invariants. Warns about a possible duplicate of an existing offer
 * (same organisation, same folded name) and of an existing organisation (similar name, when one would be created).
 * Keeps what it learned per run, so that rows of the same organisation share it.
 */
final class RowResolver {

    /** The organisation a row belongs to: an existing one, or one this import creates (id fixed in advance). */
    record Owner(OrganisationId id, String name, boolean isNew) {}

    private static final int ID_CHUNK = 1_000;

    private final EntityManager entityManager;
    private final PostalCodePlaces places;
    private final ImportJob job;
    private final Map<String, Owner> ownersByName = new HashMap<>();
    private final Map<UUID, Optional<Tuple>> organisationsById = new HashMap<>();
    private final Map<String, Optional<String>> similarOrganisations = new HashMap<>();
    private final Map<String, String> existingOffers = new HashMap<>();
    private final Set<String> seenInFile = new HashSet<>();
    private final Set<UUID> idsInFile = new HashSet<>();
    private final Map<UUID, String> offerDistricts = new HashMap<>();
    private final Map<String, Optional<PostalCodePlaces.Place>> placesByCode = new HashMap<>();
    private boolean idsPrefetched;
    private final boolean warnings;

    /**
     * @param warnings whether to look for possible duplicates (the validation's report); the commit only needs the
     *     errors, and so skips loading every offer name of the district and the similarity queries
     */
    RowResolver(EntityManager entityManager, PostalCodePlaces places, ImportJob job, boolean warnings) {
        this.entityManager = entityManager;
        this.places = places;
        this.job = job;
        this.warnings = warnings;
        if (!warnings) {
            return;
        }
        for (Tuple offer : entityManager.createQuery("select o.organisationId, o.nameKey, o.name from Offer o "
                        + "where o.districtKey = :district", Tuple.class)
                .setParameter("district", job.district().value()).getResultList()) {
            existingOffers.putIfAbsent(offer.get(0, UUID.class) + "|" + offer.get(1, String.class),
                    offer.get(2, String.class));
        }
    }

    /**
     * Looks up, in one query, which of the given offer ids exist already (and in which district), so that
     * {@link #resolve} asks the database nothing per row for them.
     */
    void prefetchOfferIds(List<ImportRow> rows) {
        List<UUID> ids = rows.stream().map(ImportRow::id).filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            for (Tuple offer : entityManager.createQuery("select o.id, o.districtKey from Offer o where o.id in :ids",
                            Tuple.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))).getResultList()) {
                offerDistricts.put(offer.get(0, UUID.class), offer.get(1, String.class));
            }
        }
        idsPrefetched = true;
    }

    /**
     * The problems of the row beyond its cells, including the offer's own invariants (the offer is built in memory
     * with a stand-in site and thrown away); adds them to {@code problems}. Returns the owner, if resolved. For the
     * validation.
     */
    Optional<Owner> check(ImportRow row, List<ImportProblem> problems, Instant now, LocalDate today) {
        Optional<Owner> owner = resolve(row, problems);
        if (row.content() != null && owner.isPresent()) {
            List<SiteData> sites = row.hasPlace()
                    ? List.of(new SiteData(UUID.randomUUID(), null, null, null, null, row.postalCode(), row.city()))
                    : List.of();
            build(row, new OrganisationRef(owner.get().id(), job.district(), owner.get().name().isEmpty() ? "?"
                    : owner.get().name(), false), sites, problems, now, today);
        }
        return owner;
    }

    /**
     * The problems of the row beyond its cells, without the offer's invariants ({@link #build} checks those); adds
     * them to {@code problems}. Returns the owner, if resolved.
     */
    Optional<Owner> resolve(ImportRow row, List<ImportProblem> problems) {
        int line = row.line();
        Optional<Owner> owner = owner(row, problems);
        if (row.id() != null) {
            if (!idsInFile.add(row.id())) {
                problems.add(ImportProblem.error(line, OfferColumn.ID, "duplicate-in-file", row.id().toString()));
            } else {
                String district = idsPrefetched ? offerDistricts.get(row.id()) : entityManager.createQuery(
                                "select o.districtKey from Offer o where o.id = :id", String.class)
                        .setParameter("id", row.id()).getResultStream().findFirst().orElse(null);
                if (district != null) {
                    problems.add(ImportProblem.error(line, OfferColumn.ID,
                            district.equals(job.district().value()) ? "id-exists" : "id-other-district",
                            row.id().toString()));
                }
            }
        }
        if (row.postalCode() != null) {
            Optional<PostalCodePlaces.Place> place = place(row.postalCode(), row.city());
            if (place.isEmpty()) {
                problems.add(ImportProblem.error(line, OfferColumn.POSTAL_CODE, "postal-code-unknown",
                        row.postalCode()));
            } else if (!place.get().municipalities().isEmpty() && place.get().municipalities().stream()
                    .map(MunicipalityKey::district).noneMatch(job.district()::equals)) {
                problems.add(ImportProblem.error(line, OfferColumn.POSTAL_CODE, "municipality-outside-district",
                        row.postalCode()));
            }
        }
        if (row.content() != null && owner.isPresent()) {
            String key = owner.get().id().value() + "|" + Folding.name(row.content().name());
            if (!seenInFile.add(key + "|" + row.postalCode())) {
                problems.add(ImportProblem.error(line, OfferColumn.NAME, "duplicate-in-file", row.content().name()));
            }
            String existing = existingOffers.get(key);
            if (existing != null) {
                problems.add(ImportProblem.warning(line, OfferColumn.NAME, "possible-duplicate", existing));
            }
        }
        return owner;
    }

    /** The place of a postal code, asked once per postal code and city in a run. */
    Optional<PostalCodePlaces.Place> place(String postalCode, @Nullable String city) {
        return placesByCode.computeIfAbsent(postalCode + "|" + (city == null ? "" : city),
                key -> places.find(postalCode, city));
    }

    private Optional<Owner> owner(ImportRow row, List<ImportProblem> problems) {
        int line = row.line();
        Optional<OrganisationId> own = job.organisation();
        if (row.organisationId() != null) {
            Optional<Tuple> found = organisationsById.computeIfAbsent(row.organisationId(), id -> entityManager
                    .createQuery("select o.districtKey, o.name from Organisation o where o.id = :id", Tuple.class)
                    .setParameter("id", id).getResultStream().findFirst());
            if (found.isPresent()) {
                if (!found.get().get(0, String.class).equals(job.district().value())) {
                    problems.add(ImportProblem.error(line, OfferColumn.ORGANISATION_ID, "id-other-district",
                            row.organisationId().toString()));
                    return Optional.empty();
                }
                return mine(new Owner(OrganisationId.of(row.organisationId()), found.get().get(1, String.class),
                        false), row, OfferColumn.ORGANISATION_ID, problems);
            }
            if (row.organisationName() == null || !job.createOrganisations() || own.isPresent()) {
                problems.add(ImportProblem.error(line, OfferColumn.ORGANISATION_ID, "unknown-organisation",
                        row.organisationId().toString()));
                return Optional.empty();
            }
            return Optional.of(ownersByName.computeIfAbsent(Folding.name(row.organisationName()),
                    key -> new Owner(OrganisationId.of(row.organisationId()), row.organisationName(), true)));
        }
        if (row.organisationName() == null) {
            if (own.isPresent()) {
                return Optional.of(new Owner(own.get(), "", false));
            }
            return Optional.empty(); // reported by the parser (required)
        }
        String key = Folding.name(row.organisationName());
        Owner known = ownersByName.get(key);
        if (known == null) {
            List<UUID> found = entityManager.createQuery("select o.id from Organisation o where o.districtKey = "
                            + ":district and o.nameKey = :key order by o.createdAt", UUID.class)
                    .setParameter("district", job.district().value()).setParameter("key", key)
                    .setMaxResults(1).getResultList();
            if (!found.isEmpty()) {
                known = new Owner(OrganisationId.of(found.get(0)), row.organisationName(), false);
            } else if (job.createOrganisations() && own.isEmpty()) {
                known = new Owner(OrganisationId.random(), row.organisationName(), true);
            } else {
                problems.add(ImportProblem.error(line, OfferColumn.ORGANISATION_NAME, "unknown-organisation",
                        row.organisationName()));
                return Optional.empty();
            }
            ownersByName.put(key, known);
        }
        if (known.isNew() && warnings) {
            similarOrganisation(key).ifPresent(similar -> problems.add(ImportProblem.warning(line,
                    OfferColumn.ORGANISATION_NAME, "possible-duplicate-organisation", similar)));
        }
        return mine(known, row, OfferColumn.ORGANISATION_NAME, problems);
    }

    /** A provider's job takes only rows of the provider's organisation. */
    private Optional<Owner> mine(Owner owner, ImportRow row, OfferColumn column, List<ImportProblem> problems) {
        if (job.organisation().isPresent() && !job.organisation().get().equals(owner.id())) {
            problems.add(ImportProblem.error(row.line(), column, "other-organisation", owner.name()));
            return Optional.empty();
        }
        return Optional.of(owner);
    }

    private Optional<String> similarOrganisation(String key) {
        return similarOrganisations.computeIfAbsent(key, k -> {
            @SuppressWarnings("unchecked")
            List<String> names = entityManager.createNativeQuery("select name from directory.organisations "
                            + "where district_key = ?1 and similarity(name_key, ?2) > 0.6 order by similarity(name_key, ?2) desc")
                    .setParameter(1, job.district().value()).setParameter(2, k).setMaxResults(1).getResultList();
            return names.stream().findFirst();
        });
    }

    /**
     * Builds the row's offer in memory ({@link Offer#imported}, as a draft: the caller submits or it stays one), which
     * runs the offer's own checks; a broken invariant becomes a problem of the row. The validation throws the offer
     * away; the commit writes it (the same checks, one code path).
     */
    Optional<Offer> build(ImportRow row, OrganisationRef owner, List<SiteData> sites, List<ImportProblem> problems,
            Instant now, LocalDate today) {
        OfferContent content = row.content();
        try {
            return Optional.of(Offer.imported(row.id() != null ? OfferId.of(row.id()) : OfferId.random(), owner,
                    content.withSites(sites), OfferStatus.DRAFT, job.id(), now, today));
        } catch (DirectoryRuleViolation broken) {
            problems.add(new ImportProblem(row.line(), column(broken.field()), code(broken.messageKey()), null,
                    false));
        } catch (IllegalArgumentException broken) {
            problems.add(new ImportProblem(row.line(), "row", "invalid-value", broken.getMessage(), false));
        }
        return Optional.empty();
    }

    private static String column(String field) {
        return switch (field) {
            case "name" -> OfferColumn.NAME.key();
            case "description" -> OfferColumn.DESCRIPTION.key();
            case "feesNote" -> OfferColumn.FEES_NOTE.key();
            case "eligibilityNote" -> OfferColumn.ELIGIBILITY_NOTE.key();
            case "applicationNote" -> OfferColumn.APPLICATION_NOTE.key();
            case "phone" -> OfferColumn.PHONE.key();
            case "email" -> OfferColumn.EMAIL.key();
            case "url" -> OfferColumn.URL.key();
            case "onlineUrl" -> OfferColumn.ONLINE_URL.key();
            case "minAge" -> OfferColumn.MIN_AGE.key();
            case "maxAge" -> OfferColumn.MAX_AGE.key();
            case "validUntil", "validFrom" -> OfferColumn.VALID_UNTIL.key();
            case "serviceAreas" -> OfferColumn.MUNICIPALITIES_SERVED.key();
            case "languages" -> OfferColumn.LANGUAGES.key();
            default -> "row";
        };
    }

    private static String code(String messageKey) {
        return switch (messageKey) {
            case "directory.validation.required" -> "required";
            case "directory.validation.too-long" -> "too-long";
            case "directory.validation.email" -> "invalid-email";
            case "directory.validation.url" -> "invalid-url";
            case "directory.validation.offer.validity" -> "validity-range";
            case "directory.validation.offer.ages" -> "age-range";
            case "directory.validation.municipality.other-district" -> "municipality-outside-district";
            case "directory.validation.offer.no-place" -> "no-place";
            default -> "invalid-value";
        };
    }

    /** Problems found so far that are errors. */
    static int errors(List<ImportProblem> problems) {
        return (int) problems.stream().filter(p -> !p.warning()).count();
    }

    static List<ImportProblem> sorted(List<ImportProblem> problems) {
        List<ImportProblem> copy = new ArrayList<>(problems);
        copy.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return copy;
    }
}
