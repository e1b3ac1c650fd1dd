package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.audit.AuditHistory;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.translation.SourceHash;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of organisations' and locations' public texts (an organisation's description; a location's
 * transportation and accessibility notes): the work list with the status per language, and the editor of one
 * language. Scope as for editing the organisation: coordinators and county admins of its district, its provider;
 * another district is not found (404), another organisation forbidden (403). Unlike a published offer's, these
 * translations are saved directly, also by a provider: the provider changes the German texts of their organisation
 * and locations without review too, so reviewing only the translations would protect nothing.
 */
@Service
@Transactional
public class TextTranslations {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final DirectoryAccess access;
    private final AuditHistory history;
    private final Clock clock;

    TextTranslations(EntityManager entityManager, JdbcClient jdbc, DirectoryAccess access, AuditHistory history,
            Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    // --- work list ---------------------------------------------------------------------------------------------

    /**
     * The organisations and locations the user may edit that have a German text to translate, organisation by
     * organisation (the organisation first, then its locations), optionally only those with a status in a language
     * (or, without a language, in any language; CURRENT: in all), and only those whose name or organisation's name
     * contains {@code text} (folded) or whose id or organisation's id it is.
     */
    @Transactional(readOnly = true)
    public List<TextRow> workList(CurrentUser user, @Nullable String text, @Nullable ContentLanguage language,
            @Nullable TranslationStatus status) {
        OrganisationScope scope = access.scope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = " where " + WorkLists.scopeCondition(scope, "o.id", params);
        Map<UUID, Map<ContentLanguage, int[]>> stored = new HashMap<>();
        jdbc.sql("select t.organisation_id as owner, t.language, t.status, count(*) as n "
                        + "from directory.organisation_translations t "
                        + "join directory.organisations o on o.id = t.organisation_id" + where + " group by 1, 2, 3 "
                        + "union all select t.location_id, t.language, t.status, count(*) "
                        + "from directory.location_translations t join directory.locations l on l.id = t.location_id "
                        + "join directory.organisations o on o.id = l.organisation_id" + where + " group by 1, 2, 3")
                .params(params)
                .query(WorkLists.countInto(stored, "owner"));
        List<TextRow> rows = new ArrayList<>();
        jdbc.sql("select o.id, o.name, (nullif(btrim(o.description), '') is not null)::int as fields "
                        + "from directory.organisations o" + where)
                .params(params)
                .query((java.sql.ResultSet row) -> {
                    UUID id = row.getObject("id", UUID.class);
                    rows.add(new TextRow(TextOwner.ORGANISATION, id, OrganisationId.of(id), row.getString("name"),
                            row.getString("name"), row.getInt("fields"),
                            WorkLists.counts(stored.get(id), row.getInt("fields"))));
                });
        jdbc.sql("select l.id, l.name, o.id as organisation_id, o.name as organisation_name, "
                        + "(nullif(btrim(l.transportation), '') is not null)::int "
                        + "+ (nullif(btrim(l.accessibility), '') is not null)::int as fields "
                        + "from directory.locations l join directory.organisations o on o.id = l.organisation_id"
                        + where)
                .params(params)
                .query((java.sql.ResultSet row) -> {
                    UUID id = row.getObject("id", UUID.class);
                    rows.add(new TextRow(TextOwner.LOCATION, id,
                            OrganisationId.of(row.getObject("organisation_id", UUID.class)), row.getString("name"),
                            row.getString("organisation_name"), row.getInt("fields"),
                            WorkLists.counts(stored.get(id), row.getInt("fields"))));
                });
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return rows.stream()
                .filter(row -> row.fields() > 0)
                .filter(row -> matches(row, language, status))
                .filter(row -> matches(row, text))
                .sorted(Comparator.comparing(TextRow::organisationName, collator)
                        .thenComparing(row -> row.organisation().value())
                        .thenComparing(TextRow::owner)
                        .thenComparing(TextRow::name, collator)
                        .thenComparing(TextRow::id))
                .toList();
    }

    private static boolean matches(TextRow row, @Nullable String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        String folded = Folding.name(wanted);
        return wanted.equalsIgnoreCase(row.id().toString())
                || wanted.equalsIgnoreCase(row.organisation().value().toString())
                || (!folded.isEmpty() && (Folding.name(row.name()).contains(folded)
                        || Folding.name(row.organisationName()).contains(folded)));
    }

    private static boolean matches(TextRow row, @Nullable ContentLanguage language,
            @Nullable TranslationStatus wanted) {
        return WorkLists.matches(row.languages(), row::in, language, wanted);
    }

    // --- editor ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public TextSheet organisationSheet(OrganisationId id, ContentLanguage language, CurrentUser user) {
        TranslationWorkbench.requireTarget(language);
        Organisation organisation = organisation(id, user);
        return new TextSheet(TextOwner.ORGANISATION, id.value(), id, organisation.name(), organisation.name(),
                organisation.version(), language, fields(Organisation.class, id.value(), Organisation.TRANSLATED,
                        organisation::german, organisation.translations(), language));
    }

    @Transactional(readOnly = true)
    public TextSheet locationSheet(OrganisationId organisationId, LocationId id, ContentLanguage language,
            CurrentUser user) {
        TranslationWorkbench.requireTarget(language);
        Location location = location(organisationId, id, user);
        Organisation organisation = entityManager.find(Organisation.class, organisationId.value());
        return new TextSheet(TextOwner.LOCATION, id.value(), organisationId, location.name(),
                organisation == null ? "" : organisation.name(), location.version(), language,
                fields(Location.class, id.value(), Location.TRANSLATED, location::german, location.translations(),
                        language));
    }

    /**
     * Saves the organisation's translations into one language (rules as for an offer's: a field is rewritten when
     * its text or machine flag changed, or when it was outdated and still fits).
     *
     * @throws ObjectOptimisticLockingFailureException when the organisation changed since the editor was opened
     */
    public int saveOrganisation(OrganisationId id, ContentLanguage language, CurrentUser user, long expectedVersion,
            List<TranslationInput> inputs) {
        TranslationWorkbench.requireTarget(language);
        Organisation organisation = organisation(id, user);
        requireVersion(organisation.version(), expectedVersion, Organisation.class, id.value());
        return save(inputs, Organisation.TRANSLATED, organisation::german, organisation.translations(), language,
                (input, now) -> organisation.translate(input.field(), language, input.text(), input.machine(), now,
                        Actor.of(user).name()));
    }

    /** @throws ObjectOptimisticLockingFailureException when the location changed since the editor was opened */
    public int saveLocation(OrganisationId organisationId, LocationId id, ContentLanguage language, CurrentUser user,
            long expectedVersion, List<TranslationInput> inputs) {
        TranslationWorkbench.requireTarget(language);
        Location location = location(organisationId, id, user);
        requireVersion(location.version(), expectedVersion, Location.class, id.value());
        return save(inputs, Location.TRANSLATED, location::german, location.translations(), language,
                (input, now) -> location.translate(input.field(), language, input.text(), input.machine(), now,
                        Actor.of(user).name()));
    }

    /** @throws ObjectOptimisticLockingFailureException when the organisation changed since the editor was opened */
    public void removeOrganisation(OrganisationId id, ContentLanguage language, TranslatedField field,
            CurrentUser user, long expectedVersion) {
        TranslationWorkbench.requireTarget(language);
        Organisation organisation = organisation(id, user);
        requireVersion(organisation.version(), expectedVersion, Organisation.class, id.value());
        organisation.removeTranslation(field, language, clock.instant());
    }

    /** @throws ObjectOptimisticLockingFailureException when the location changed since the editor was opened */
    public void removeLocation(OrganisationId organisationId, LocationId id, ContentLanguage language,
            TranslatedField field, CurrentUser user, long expectedVersion) {
        TranslationWorkbench.requireTarget(language);
        Location location = location(organisationId, id, user);
        requireVersion(location.version(), expectedVersion, Location.class, id.value());
        location.removeTranslation(field, language, clock.instant());
    }

    private interface Translator {
        void translate(TranslationInput input, Instant now);
    }

    private int save(List<TranslationInput> inputs, Set<TranslatedField> translated,
            java.util.function.Function<TranslatedField, @Nullable String> german, Set<Translation> rows,
            ContentLanguage language, Translator translator) {
        Instant now = clock.instant();
        int saved = 0;
        for (TranslationInput input : inputs) {
            String source = german.apply(input.field());
            if (!translated.contains(input.field()) || input.text() == null || input.text().isBlank()
                    || source == null || source.isBlank()) {
                continue;
            }
            Optional<Translation> existing = Translations.find(rows, input.field(), language);
            if (WorkLists.changes(input, existing)) {
                translator.translate(input, now);
                saved++;
            }
        }
        return saved;
    }

    private List<TranslationSheet.Field> fields(Class<?> type, UUID id, Set<TranslatedField> translated,
            java.util.function.Function<TranslatedField, @Nullable String> germanOf, Set<Translation> rows,
            ContentLanguage language) {
        List<TranslationSheet.Field> fields = new ArrayList<>();
        for (TranslatedField field : TranslatedField.values()) {
            String german = translated.contains(field) ? germanOf.apply(field) : null;
            if (german == null || german.isBlank()) {
                continue;
            }
            Optional<Translation> row = Translations.find(rows, field, language);
            List<WordDiff.Segment> changes = List.of();
            boolean known = true;
            if (row.isPresent() && row.get().status() == TranslationStatus.OUTDATED) {
                String hash = row.get().sourceHash();
                Optional<String> earlier = history.pastValues(type, id, field.name().toLowerCase(Locale.ROOT))
                        .stream().filter(value -> !value.isBlank() && SourceHash.of(value).equals(hash)).findFirst();
                known = earlier.isPresent();
                changes = earlier.map(text -> WordDiff.between(text, german)).orElse(List.of());
            }
            fields.add(new TranslationSheet.Field(field, german, row.map(Translation::text).orElse(null),
                    row.map(Translation::status).orElse(TranslationStatus.MISSING),
                    row.map(Translation::machine).orElse(false), row.map(Translation::translatedAt).orElse(null),
                    row.map(Translation::translatedBy).orElse(null), changes, known));
        }
        return fields;
    }

    private Organisation organisation(OrganisationId id, CurrentUser user) {
        Organisation organisation = entityManager.find(Organisation.class, id.value());
        if (organisation == null) {
            throw new NotInScope(id);
        }
        access.require(user, organisation.district(), organisation.id(), Intent.EDIT);
        return organisation;
    }

    private Location location(OrganisationId organisationId, LocationId id, CurrentUser user) {
        Location location = entityManager.find(Location.class, id.value());
        if (location == null || !location.organisation().equals(organisationId)) {
            throw new NotInScope(id);
        }
        access.require(user, district(location), location.organisation(), Intent.EDIT);
        return location;
    }

    private static DistrictKey district(DistrictScoped owner) {
        DistrictKey district = owner.owningDistrict();
        if (district == null) {
            throw new IllegalStateException("A location belongs to a district");
        }
        return district;
    }

    private static void requireVersion(long version, long expectedVersion, Class<?> type, UUID id) {
        if (version != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
