package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An offer as the back office shows it: its published (or draft) content, its status and review data, a pending
 * revision, and the commands the viewing user may run now ({@code edit}, {@code submit}, {@code approve}, …).
 */
public record OfferView(OfferId id, DistrictKey district, OrganisationId organisation, String providerName,
        OfferStatus status, @Nullable ArchiveReason archiveReason, OfferContent content, List<Schedule> schedules,
        @Nullable OfferContent pendingRevision, @Nullable Instant pendingRevisionAt, @Nullable Instant submittedAt,
        @Nullable Instant publishedAt, @Nullable Instant withdrawnAt, @Nullable String reviewNote,
        Instant lastConfirmedAt, @Nullable LocalDate nextStart, List<TranslationInfo> translations, boolean demo,
        Instant createdAt, Instant updatedAt, long version, Set<String> allowedCommands) {

    /** One stored translation, without its text. */
    public record TranslationInfo(String field, String language, String status, boolean machine) {}

    static OfferView of(Offer offer, Actor viewer) {
        return new OfferView(offer.id(), offer.district(), offer.organisation(), offer.providerName(), offer.status(),
                offer.archiveReason().orElse(null), offer.content(), List.copyOf(offer.schedules()),
                offer.pendingRevision().orElse(null), offer.pendingRevisionAt().orElse(null),
                offer.submittedAt().orElse(null), offer.publishedAt().orElse(null),
                offer.withdrawnAt().orElse(null), offer.reviewNote(), offer.lastConfirmedAt(), offer.nextStart(),
                offer.translations().stream()
                        .sorted(Comparator.comparing((Translation t) -> t.field().ordinal())
                                .thenComparing(t -> t.language().ordinal()))
                        .map(t -> new TranslationInfo(t.field().name(), t.language().code(), t.status().name(),
                                t.machine()))
                        .toList(),
                offer.isDemo(), offer.createdAt(), offer.updatedAt(), offer.version(),
                Set.copyOf(offer.allowedCommands(viewer)));
    }

    public boolean may(String command) {
        return allowedCommands.contains(command);
    }

    public boolean hasPendingRevision() {
        return pendingRevision != null;
    }
}
