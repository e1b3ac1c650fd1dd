package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.audit.AuditHistory;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.translation.SourceHash;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.web.SortOrder;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation workbench for the back office: which offers need translating (the work list), the state of one
 * offer (field × language), and the editor of one language with the German source and, for outdated translations,
 * what changed in the German text since. Scope as for editing the offer: coordinators and county admins of its
 * district, the provider of its organisation; another district's offer is not found (404), another organisation's
 * forbidden (403). Changes go through {@link Offer#translate} and {@link Offer#removeTranslation}, so the audit trail
 * and the search index follow them.
 */
@Service
@Transactional
public class TranslationWorkbench {

    /** The work list's sort columns: name, organisation, last change and the number of fields that need work. */
    public static final Map<String, Comparator<WorkListRow>> COLUMNS = Map.of(
            "name", Comparator.comparing(WorkListRow::nameKey).thenComparing(row -> row.id().value()),
            "organisation", Comparator.comparing((WorkListRow row) -> row.providerName().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(WorkListRow::nameKey),
            "updated", Comparator.comparing(WorkListRow::updatedAt).thenComparing(WorkListRow::nameKey),
            "open", Comparator.comparingInt(WorkListRow::open).thenComparing(WorkListRow::nameKey));

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final DirectoryAccess access;
    private final AuditHistory history;
    private final Clock clock;

    TranslationWorkbench(EntityManager entityManager, JdbcClient jdbc, DirectoryAccess access, AuditHistory history,
            Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    // --- work list ---------------------------------------------------------------------------------------------

    /**
     * The offers the user may edit that match the filter, with their counts per language, sorted and cut into one
     * page; the totals cover every matching offer. The counting is done in memory on two small queries (a district
     * has a few hundred offers), because the filter on a status per language needs every offer's counts anyway.
     */
    @Transactional(readOnly = true)
    public WorkList workList(CurrentUser user, WorkListFilter filter, SortOrder order, int page, int size) {
        OrganisationScope scope = access.scope(user);
        PageRequest request = PageRequest.of(Math.max(page, 0), size);
        if (scope.isEmpty()) {
            return new WorkList(new PageImpl<>(List.of(), request, 0), emptyTotals());
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        where.append(" where ").append(WorkLists.scopeCondition(scope, "o.organisation_id", params));
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            List<String> any = new ArrayList<>();
            String folded = Folding.name(text);
            if (!folded.isEmpty()) {
                any.add("o.name_key like :name escape '\\'");
                params.put("name", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            uuid(text).ifPresent(id -> {
                any.add("o.id = :id");
                params.put("id", id);
            });
            where.append(" and ").append(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
        }
        if (filter.organisation() != null) {
            where.append(" and o.organisation_id = :organisation");
            params.put("organisation", filter.organisation().value());
        }
        if (filter.offerStatus() != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.offerStatus().name());
        }
        Map<UUID, Map<ContentLanguage, int[]>> stored = new HashMap<>();
        jdbc.sql("select t.offer_id, t.language, t.status, count(*) as n from directory.offer_translations t "
                        + "join directory.offers o on o.id = t.offer_id" + where + " group by 1, 2, 3")
                .params(params)
                .query(WorkLists.countInto(stored, "offer_id"));
        List<WorkListRow> rows = jdbc.sql("select o.id, o.name, o.name_key, o.provider_name, o.status, o.demo, "
                        + "o.updated_at, 2 + (nullif(btrim(o.fees_note), '') is not null)::int "
                        + "+ (nullif(btrim(o.eligibility_note), '') is not null)::int "
                        + "+ (nullif(btrim(o.application_note), '') is not null)::int "
                        + "+ (nullif(btrim(o.alert), '') is not null)::int as fields from directory.offers o" + where)
                .params(params)
                .query((row, number) -> row(row, stored))
                .list();
        List<WorkListRow> matching = rows.stream().filter(row -> matches(row, filter)).toList();
        List<LanguageCounts> totals = new ArrayList<>(emptyTotals());
        for (WorkListRow row : matching) {
            for (int i = 0; i < totals.size(); i++) {
                totals.set(i, totals.get(i).plus(row.languages().get(i)));
            }
        }
        List<WorkListRow> sorted = order.apply(matching, COLUMNS);
        int from = (int) Math.min(request.getOffset(), sorted.size());
        int to = Math.min(from + size, sorted.size());
        return new WorkList(new PageImpl<>(sorted.subList(from, to), request, sorted.size()), totals);
    }

    private static WorkListRow row(ResultSet row, Map<UUID, Map<ContentLanguage, int[]>> stored) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        int fields = row.getInt("fields");
        List<LanguageCounts> languages = WorkLists.counts(stored.get(id), fields);
        return new WorkListRow(OfferId.of(id), row.getString("name"), row.getString("name_key"),
                row.getString("provider_name"), OfferStatus.valueOf(row.getString("status")), row.getBoolean("demo"),
                row.getTimestamp("updated_at").toInstant(), fields, languages);
    }

    private static boolean matches(WorkListRow row, WorkListFilter filter) {
        return WorkLists.matches(row.languages(), row::in, filter.language(), filter.status());
    }

    private static List<LanguageCounts> emptyTotals() {
        return LanguageCounts.TARGETS.stream().map(language -> new LanguageCounts(language, 0, 0, 0)).toList();
    }

    // --- one offer ---------------------------------------------------------------------------------------------

    /** The field × language grid of one offer the user may edit. */
    @Transactional(readOnly = true)
    public TranslationGrid grid(OfferId id, CurrentUser user) {
        Offer offer = load(id, user);
        List<Proposal> proposals = proposalsOf(offer).stream().map(Proposal::of).toList();
        List<TranslationGrid.Row> rows = new ArrayList<>();
        for (TranslatedField field : fieldsWithGerman(offer)) {
            List<TranslationGrid.Cell> cells = LanguageCounts.TARGETS.stream().map(language -> {
                Optional<Translation> row = Translations.find(offer.translations(), field, language);
                boolean proposed = proposals.stream().anyMatch(proposal -> proposal.language() == language
                        && proposal.pending() && proposal.field(field).isPresent());
                return new TranslationGrid.Cell(language,
                        row.map(Translation::status).orElse(TranslationStatus.MISSING),
                        row.map(Translation::machine).orElse(false), proposed);
            }).toList();
            rows.add(new TranslationGrid.Row(field, germanOf(offer, field), cells));
        }
        return new TranslationGrid(offer.id(), offer.name(), offer.providerName(), offer.status(), offer.version(),
                rows, summary(offer), proposals);
    }

    /**
     * The editor of one language: every field with a German text, its translation and, when outdated, the word
     * differences between the German text it was made from (found in the audit trail by its fingerprint) and now.
     */
    @Transactional(readOnly = true)
    public TranslationSheet sheet(OfferId id, ContentLanguage language, CurrentUser user) {
        requireTarget(language);
        Offer offer = load(id, user);
        List<TranslationSheet.Field> fields = new ArrayList<>();
        for (TranslatedField field : fieldsWithGerman(offer)) {
            String german = germanOf(offer, field);
            Optional<Translation> row = Translations.find(offer.translations(), field, language);
            List<WordDiff.Segment> changes = List.of();
            boolean known = true;
            if (row.isPresent() && row.get().status() == TranslationStatus.OUTDATED) {
                Optional<String> earlier = earlierGerman(offer, field, row.get().sourceHash());
                known = earlier.isPresent();
                changes = earlier.map(text -> WordDiff.between(text, german)).orElse(List.of());
            }
            fields.add(new TranslationSheet.Field(field, german, row.map(Translation::text).orElse(null),
                    row.map(Translation::status).orElse(TranslationStatus.MISSING),
                    row.map(Translation::machine).orElse(false), row.map(Translation::translatedAt).orElse(null),
                    row.map(Translation::translatedBy).orElse(null), changes, known));
        }
        Actor actor = Actor.of(user);
        boolean reviewed = offer.proposesTranslationsAs(actor);
        Proposal proposal = reviewed ? pendingFor(offer.id(), language).map(Proposal::of).orElse(null) : null;
        return new TranslationSheet(offer.id(), offer.name(), offer.providerName(), offer.status(), offer.version(),
                language, fields, offer.translatableBy(actor) || reviewed, reviewed, proposal);
    }

    /**
     * Saves the editor's fields of one language. A field is (re)translated when its text changed, when its machine
     * flag changed, or when it was outdated and the translator says it still fits; otherwise it stays as it is. A
     * blank field stays missing or unchanged: removing a translation is {@link #remove}.
     *
     * @return how many fields were saved
     * @throws ObjectOptimisticLockingFailureException when the offer changed since the editor was opened
     */
    public int save(OfferId id, ContentLanguage language, CurrentUser user, long expectedVersion,
            List<TranslationInput> inputs) {
        requireTarget(language);
        Offer offer = load(id, user);
        requireVersion(offer, expectedVersion);
        Actor actor = Actor.of(user);
        Instant now = clock.instant();
        if (offer.proposesTranslationsAs(actor)) {
            return propose(offer, language, actor, inputs, now);
        }
        int saved = 0;
        for (TranslationInput input : inputs) {
            if (!Offer.TRANSLATED.contains(input.field()) || input.text() == null || input.text().isBlank()
                    || germanOf(offer, input.field()).isEmpty()) {
                continue;
            }
            Optional<Translation> existing = Translations.find(offer.translations(), input.field(), language);
            if (WorkLists.changes(input, existing)) {
                offer.translate(input.field(), language, input.text(), input.machine(), actor, now);
                saved++;
            }
        }
        return saved;
    }

    /**
     * A provider's change of a published offer's translations: the fields that differ from the public translation
     * become (or replace) the pending proposal for the language, which the public does not see until a coordinator
     * accepts it. Nothing different from the public translation withdraws a pending proposal.
     */
    private int propose(Offer offer, ContentLanguage language, Actor actor, List<TranslationInput> inputs,
            Instant now) {
        Map<TranslatedField, ProposedText> texts = new EnumMap<>(TranslatedField.class);
        for (TranslationInput input : inputs) {
            if (!Offer.TRANSLATED.contains(input.field()) || input.text() == null || input.text().isBlank()
                    || germanOf(offer, input.field()).isEmpty()) {
                continue;
            }
            Optional<Translation> existing = Translations.find(offer.translations(), input.field(), language);
            if (WorkLists.changes(input, existing)) {
                texts.put(input.field(), new ProposedText(input.field(), input.text(), input.machine(),
                        SourceHash.of(germanOf(offer, input.field()))));
            }
        }
        Optional<PendingTranslation> pending = pendingFor(offer.id(), language);
        if (texts.isEmpty()) {
            pending.filter(PendingTranslation::isPending).ifPresent(entityManager::remove);
            return 0;
        }
        if (pending.isPresent()) {
            pending.get().propose(texts.values(), actor.account(), actor.name(), now);
        } else {
            entityManager.persist(new PendingTranslation(offer.id(), offer.district(), offer.organisation(), language,
                    texts.values(), actor.account(), actor.name(), now));
        }
        return texts.size();
    }

    private Optional<PendingTranslation> pendingFor(OfferId offer, ContentLanguage language) {
        return pendingFor(entityManager, offer, language);
    }

    static Optional<PendingTranslation> pendingFor(EntityManager entityManager, OfferId offer,
            ContentLanguage language) {
        return entityManager.createQuery("select p from PendingTranslation p where p.offerId = :offer "
                        + "and p.language = :language", PendingTranslation.class)
                .setParameter("offer", offer.value()).setParameter("language", language.code())
                .getResultStream().findFirst();
    }

    private List<PendingTranslation> proposalsOf(Offer offer) {
        return entityManager.createQuery("select p from PendingTranslation p where p.offerId = :offer",
                        PendingTranslation.class)
                .setParameter("offer", offer.id().value()).getResultList();
    }

    /**
     * Removes the translation of one field into one language; it is missing afterwards.
     *
     * @throws ObjectOptimisticLockingFailureException when the offer changed since the editor was opened
     */
    public void remove(OfferId id, ContentLanguage language, TranslatedField field, CurrentUser user,
            long expectedVersion) {
        requireTarget(language);
        Offer offer = load(id, user);
        requireVersion(offer, expectedVersion);
        offer.removeTranslation(field, language, Actor.of(user), clock.instant());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** The counts per target language of one offer (for its grid and the badges on its detail page). */
    static List<LanguageCounts> summary(Offer offer) {
        List<TranslatedField> fields = fieldsWithGerman(offer);
        return LanguageCounts.TARGETS.stream().map(language -> {
            int current = 0;
            int outdated = 0;
            for (TranslatedField field : fields) {
                TranslationStatus status = Translations.statusOf(offer.translations(), field, language);
                if (status == TranslationStatus.CURRENT) {
                    current++;
                } else if (status == TranslationStatus.OUTDATED) {
                    outdated++;
                }
            }
            return new LanguageCounts(language, current, outdated, fields.size() - current - outdated);
        }).toList();
    }

    static List<TranslatedField> fieldsWithGerman(Offer offer) {
        return java.util.Arrays.stream(TranslatedField.values())
                .filter(Offer.TRANSLATED::contains)
                .filter(field -> !germanOf(offer, field).isEmpty())
                .toList();
    }

    static String germanOf(Offer offer, TranslatedField field) {
        String german = offer.german(field);
        return german == null || german.isBlank() ? "" : german;
    }

    /** The German text with this fingerprint among the field's earlier values in the audit trail, newest first. */
    Optional<String> earlierGerman(Offer offer, TranslatedField field, String sourceHash) {
        return history.pastValues(Offer.class, offer.id().value(), property(field)).stream()
                .filter(value -> !value.isBlank() && SourceHash.of(value).equals(sourceHash))
                .findFirst();
    }

    /** The name of the offer's property that holds the German text of the field (as the audit trail names it). */
    static String property(TranslatedField field) {
        return switch (field) {
            case NAME -> "name";
            case DESCRIPTION -> "description";
            case FEES -> "feesNote";
            case ELIGIBILITY -> "eligibilityNote";
            case APPLICATION -> "applicationNote";
            case ALERT -> "alert";
            default -> throw new IllegalArgumentException("An offer has no field " + field);
        };
    }

    private Offer load(OfferId id, CurrentUser user) {
        Offer offer = entityManager.find(Offer.class, id.value());
        if (offer == null) {
            throw new NotInScope(id);
        }
        access.require(user, offer.district(), offer.organisation(), Intent.EDIT);
        return offer;
    }

    private static void requireVersion(Offer offer, long expectedVersion) {
        if (offer.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Offer.class, offer.id().value());
        }
    }

    static void requireTarget(ContentLanguage language) {
        if (language == ContentLanguage.DE) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
    }

    private static Optional<UUID> uuid(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
