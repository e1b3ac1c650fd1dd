package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination's review of providers' translations of published offers: what waits (for the review list), the
 * old and the proposed text of each field side by side, accepting (the texts become the offer's translations, CURRENT
 * when the German text is still the one they were made from, else OUTDATED) and rejecting with an optional reason for
 * the provider. Only coordinators and county admins of the offer's district: another district's proposal is not
 * found (404), a provider is forbidden (403).
 */
@Service
@Transactional
public class TranslationReview {

    private final EntityManager entityManager;
    private final DirectoryAccess access;
    private final Clock clock;

    TranslationReview(EntityManager entityManager, DirectoryAccess access, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.clock = clock;
    }

    /** A proposal in the review list. */
    public record Waiting(OfferId offer, String name, String providerName, ContentLanguage language, int fields,
            Instant since) {}

    /** The pending proposals in the districts the user coordinates or administers, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<Waiting> queue(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        if (scope.districts().isEmpty()) {
            return List.of();
        }
        List<PendingTranslation> pending = entityManager.createQuery("select p from PendingTranslation p "
                        + "where p.status = :status and p.districtKey in :districts order by p.proposedAt, p.id",
                        PendingTranslation.class)
                .setParameter("status", PendingTranslation.State.PENDING)
                .setParameter("districts", scope.districts().stream().map(DistrictKey::value).toList())
                .getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<UUID, Offer> offers = entityManager.createQuery("select o from Offer o where o.id in :ids", Offer.class)
                .setParameter("ids", pending.stream().map(p -> p.offer().value()).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        List<Waiting> waiting = new ArrayList<>();
        for (PendingTranslation p : pending) {
            Offer offer = offers.get(p.offer().value());
            if (offer != null) {
                waiting.add(new Waiting(p.offer(), offer.name(), offer.providerName(), p.language(),
                        p.fields().size(), p.proposedAt()));
            }
        }
        return waiting;
    }

    /** How many proposals wait in the user's districts. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        if (scope.districts().isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("select count(p) from PendingTranslation p where p.status = :status "
                        + "and p.districtKey in :districts", Long.class)
                .setParameter("status", PendingTranslation.State.PENDING)
                .setParameter("districts", scope.districts().stream().map(DistrictKey::value).toList())
                .getSingleResult();
    }

    /** One field of a proposal: the German source, the public translation (if any) and the proposed one. */
    public record Row(TranslatedField field, String german, @Nullable String current,
            TranslationStatus currentStatus, String proposed, boolean machine, boolean germanChangedSince) {}

    /** A pending proposal side by side with the public translations. */
    public record Sheet(OfferId offer, String name, String providerName, ContentLanguage language,
            String proposedByName, Instant proposedAt, long version, List<Row> rows) {

        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    @Transactional(readOnly = true)
    public Sheet sheet(OfferId id, ContentLanguage language, CurrentUser user) {
        Offer offer = load(id, user);
        PendingTranslation pending = pending(offer, language);
        List<Row> rows = new ArrayList<>();
        for (ProposedText proposed : pending.fields()) {
            String german = TranslationWorkbench.germanOf(offer, proposed.field());
            Optional<Translation> current = Translations.find(offer.translations(), proposed.field(), language);
            rows.add(new Row(proposed.field(), german, current.map(Translation::text).orElse(null),
                    current.map(Translation::status).orElse(TranslationStatus.MISSING), proposed.text(),
                    proposed.machine(), german.isEmpty()
                            || !de.integrationsnetz.directory.translation.SourceHash.of(german)
                                    .equals(proposed.sourceHash())));
        }
        return new Sheet(offer.id(), offer.name(), offer.providerName(), language, pending.proposedByName(),
                pending.proposedAt(), pending.version(), rows);
    }

    /**
     * Takes the proposal over: each field becomes the offer's translation into the language (fields whose German
     * text was emptied in the meantime are dropped), and the proposal is gone.
     *
     * @return how many fields became translations
     * @throws ObjectOptimisticLockingFailureException when the proposal changed since the review page was opened
     */
    public int accept(OfferId id, ContentLanguage language, CurrentUser user, long expectedVersion) {
        Offer offer = load(id, user);
        PendingTranslation pending = pending(offer, language);
        requireVersion(pending, expectedVersion);
        Actor reviewer = Actor.of(user);
        Instant now = clock.instant();
        int accepted = 0;
        for (ProposedText proposed : pending.fields()) {
            if (TranslationWorkbench.germanOf(offer, proposed.field()).isEmpty()) {
                continue;
            }
            offer.acceptTranslation(proposed.field(), language, proposed.text(), proposed.sourceHash(),
                    proposed.machine(), pending.proposedByName(), reviewer, now);
            accepted++;
        }
        entityManager.remove(pending);
        return accepted;
    }

    /**
     * Does not take the proposal over; the public translations stay, the provider sees the reason.
     *
     * @throws ObjectOptimisticLockingFailureException when the proposal changed since the review page was opened
     */
    public void reject(OfferId id, ContentLanguage language, CurrentUser user, long expectedVersion,
            @Nullable String note) {
        Offer offer = load(id, user);
        PendingTranslation pending = pending(offer, language);
        requireVersion(pending, expectedVersion);
        pending.reject(Actor.of(user).name(), note, clock.instant());
    }

    private Offer load(OfferId id, CurrentUser user) {
        Offer offer = entityManager.find(Offer.class, id.value());
        if (offer == null) {
            throw new NotInScope(id);
        }
        access.require(user, offer.district(), offer.organisation(), Intent.MANAGE);
        return offer;
    }

    private PendingTranslation pending(Offer offer, ContentLanguage language) {
        TranslationWorkbench.requireTarget(language);
        return TranslationWorkbench.pendingFor(entityManager, offer.id(), language)
                .filter(PendingTranslation::isPending)
                .orElseThrow(() -> new NotInScope(offer.id()));
    }

    private static void requireVersion(PendingTranslation pending, long expectedVersion) {
        if (pending.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PendingTranslation.class, pending.id());
        }
    }
}
