package de.integrationsnetz.directory.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OfferPublished;
import de.integrationsnetz.directory.OfferReviewRequested;
import de.integrationsnetz.directory.OfferWithdrawn;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offer aggregate on its own: the status machine of docs/directory.md §2.5, its invariants and translations. */
class OfferTests {

    static final DistrictKey DISTRICT = DistrictKey.of("14522");
    static final OrganisationId ORGANISATION = OrganisationId.random();
    static final OrganisationRef OWNER = new OrganisationRef(ORGANISATION, DISTRICT, "Verein (Test)", false);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final Actor COORDINATOR = new Actor(Actor.Kind.USER, UUID.randomUUID(), "Koordinatorin", Set.of(DISTRICT),
            Set.of(), null);
    static final Actor PROVIDER = new Actor(Actor.Kind.USER, UUID.randomUUID(), "Träger", Set.of(), Set.of(ORGANISATION),
            null);
    static final Actor OTHER_PROVIDER = new Actor(Actor.Kind.USER, UUID.randomUUID(), "Anderer Träger", Set.of(),
            Set.of(OrganisationId.random()), null);
    static final Actor OTHER_COORDINATOR = new Actor(Actor.Kind.USER, UUID.randomUUID(), "Koordinator SOE",
            Set.of(DistrictKey.of("14628")), Set.of(), null);

    static Offer draft() {
        return new Offer(OfferId.random(), OWNER, OfferContents.online("Sprachcafé"), PROVIDER, NOW, TODAY, false);
    }

    static Offer inStatus(OfferStatus status) {
        Offer offer = draft();
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> offer.submit(PROVIDER, NOW);
            case PUBLISHED -> offer.publish(COORDINATOR, NOW);
            case ARCHIVED -> {
                offer.publish(COORDINATOR, NOW);
                offer.archive(ArchiveReason.ENDED, COORDINATOR, NOW);
            }
        }
        offer.drainEvents();
        return offer;
    }

    @Nested
    class StatusMachine {

        @ParameterizedTest(name = "{1} on {0} → {2}")
        @CsvSource({
                "DRAFT, submit, IN_REVIEW", "IN_REVIEW, submit, refused", "PUBLISHED, submit, refused",
                "ARCHIVED, submit, refused",
                "DRAFT, approve, refused", "IN_REVIEW, approve, PUBLISHED", "PUBLISHED, approve, refused",
                "ARCHIVED, approve, refused",
                "DRAFT, reject, refused", "IN_REVIEW, reject, DRAFT", "PUBLISHED, reject, refused",
                "ARCHIVED, reject, refused",
                "DRAFT, publish, PUBLISHED", "IN_REVIEW, publish, refused", "PUBLISHED, publish, refused",
                "ARCHIVED, publish, refused",
                "DRAFT, archive, refused", "IN_REVIEW, archive, refused", "PUBLISHED, archive, ARCHIVED",
                "ARCHIVED, archive, refused",
                "DRAFT, reopen, refused", "IN_REVIEW, reopen, refused", "PUBLISHED, reopen, refused",
                "ARCHIVED, reopen, DRAFT",
                "DRAFT, withdrawAsStale, refused", "IN_REVIEW, withdrawAsStale, refused",
                "PUBLISHED, withdrawAsStale, ARCHIVED", "ARCHIVED, withdrawAsStale, refused",
                "DRAFT, confirm, refused", "IN_REVIEW, confirm, refused", "PUBLISHED, confirm, PUBLISHED",
                "ARCHIVED, confirm, refused",
                "DRAFT, delete, deletable", "IN_REVIEW, delete, refused", "PUBLISHED, delete, refused",
                "ARCHIVED, delete, refused"})
        void followsTheTableOfTransitions(OfferStatus from, String command, String expected) {
            Offer offer = inStatus(from);
            Runnable run = switch (command) {
                case "submit" -> () -> offer.submit(COORDINATOR, NOW);
                case "approve" -> () -> offer.approve(COORDINATOR, NOW);
                case "reject" -> () -> offer.reject(COORDINATOR, NOW, "Bitte Zeiten ergänzen");
                case "publish" -> () -> offer.publish(COORDINATOR, NOW);
                case "archive" -> () -> offer.archive(ArchiveReason.ENDED, COORDINATOR, NOW);
                case "reopen" -> () -> offer.reopen(COORDINATOR, NOW);
                case "withdrawAsStale" -> () -> offer.withdrawAsStale(Actor.system(), NOW);
                case "confirm" -> () -> offer.confirm(COORDINATOR, NOW);
                case "delete" -> () -> offer.requireDeletable(COORDINATOR);
                default -> throw new IllegalArgumentException(command);
            };
            if (expected.equals("refused")) {
                assertThatThrownBy(run::run).isInstanceOf(OfferTransitionNotAllowed.class)
                        .satisfies(e -> assertThat(((OfferTransitionNotAllowed) e).status()).isEqualTo(from));
                assertThat(offer.status()).isEqualTo(from);
            } else if (expected.equals("deletable")) {
                run.run();
                assertThat(offer.isDeletable()).isTrue();
            } else {
                run.run();
                assertThat(offer.status()).isEqualTo(OfferStatus.valueOf(expected));
            }
        }

        @Test
        void startsAsADraftLastConfirmedAtCreation() {
            Offer offer = draft();

            assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offer.lastConfirmedAt()).isEqualTo(NOW);
            assertThat(offer.drainEvents()).isEmpty();
        }

        @Test
        void refusesToCreateAnOfferForAnotherOrganisationsProvider() {
            assertThatThrownBy(() -> new Offer(OfferId.random(), OWNER, OfferContents.online("X"), OTHER_PROVIDER,
                    NOW, TODAY, false)).isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void asksForReviewWhenSubmitted() {
            Offer offer = draft();

            offer.submit(PROVIDER, NOW);

            assertThat(offer.submittedAt()).contains(NOW);
            assertThat(offer.drainEvents()).containsExactly(
                    new OfferReviewRequested(offer.id(), DISTRICT, ORGANISATION));
        }

        @Test
        void neverLetsAProviderApproveOrPublish() {
            Offer inReview = inStatus(OfferStatus.IN_REVIEW);
            Offer draft = draft();

            assertThatThrownBy(() -> inReview.approve(PROVIDER, NOW)).isInstanceOf(OfferTransitionNotAllowed.class);
            assertThatThrownBy(() -> draft.publish(PROVIDER, NOW)).isInstanceOf(OfferTransitionNotAllowed.class);
            assertThatThrownBy(() -> inReview.reject(PROVIDER, NOW, null))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
            assertThat(inReview.status()).isEqualTo(OfferStatus.IN_REVIEW);
            assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        }

        @Test
        void refusesCoordinatorsOfAnotherDistrict() {
            Offer inReview = inStatus(OfferStatus.IN_REVIEW);

            assertThatThrownBy(() -> inReview.approve(OTHER_COORDINATOR, NOW))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void publishesWithTheTimeAndAnEvent() {
            Offer offer = inStatus(OfferStatus.IN_REVIEW);
            Instant later = NOW.plusSeconds(60);

            offer.approve(COORDINATOR, later);

            assertThat(offer.publishedAt()).contains(later);
            assertThat(offer.reviewedBy()).contains(COORDINATOR.account());
            assertThat(offer.drainEvents()).containsExactly(new OfferPublished(offer.id(), DISTRICT, ORGANISATION));
        }

        @Test
        void keepsTheReviewNoteWhenSentBack() {
            Offer offer = inStatus(OfferStatus.IN_REVIEW);

            offer.reject(COORDINATOR, NOW, "Bitte die Zeiten ergänzen.");

            assertThat(offer.reviewNote()).isEqualTo("Bitte die Zeiten ergänzen.");
        }

        @Test
        void letsTheProviderArchiveTheirPublishedOfferAndAnnouncesTheWithdrawal() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);

            offer.archive(ArchiveReason.ENDED, PROVIDER, NOW);

            assertThat(offer.status()).isEqualTo(OfferStatus.ARCHIVED);
            assertThat(offer.archiveReason()).contains(ArchiveReason.ENDED);
            assertThat(offer.withdrawnAt()).contains(NOW);
            assertThat(offer.drainEvents()).containsExactly(new OfferWithdrawn(offer.id(), DISTRICT, ORGANISATION));
        }

        @Test
        void publishingAgainAfterAStaleWithdrawalStartsANewFreshnessCycle() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            Instant yearLater = NOW.plus(java.time.Duration.ofDays(400));
            offer.flagStale(yearLater);
            offer.withdrawAsStale(Actor.system(), yearLater);
            Instant later = yearLater.plus(java.time.Duration.ofDays(120));
            offer.reopen(COORDINATOR, later);

            offer.publish(COORDINATOR, later);

            assertThat(offer.lastConfirmedAt()).as("reviewed content counts as confirmed").isEqualTo(later);
            assertThat(offer.staleSince()).isEmpty();
        }

        @Test
        void leavesStaleWithdrawalToTheSystem() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);

            assertThatThrownBy(() -> offer.withdrawAsStale(COORDINATOR, NOW))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
            assertThatThrownBy(() -> offer.archive(ArchiveReason.STALE, COORDINATOR, NOW))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void republishesAStaleOfferConfirmedWithinTheRestoreWindowButNotLater() {
            Offer recent = inStatus(OfferStatus.PUBLISHED);
            recent.withdrawAsStale(Actor.system(), NOW);
            Offer old = inStatus(OfferStatus.PUBLISHED);
            old.withdrawAsStale(Actor.system(), NOW);

            recent.confirm(PROVIDER, NOW.plus(Duration.ofDays(89)));

            assertThat(recent.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(recent.lastConfirmedAt()).isEqualTo(NOW.plus(Duration.ofDays(89)));
            assertThatThrownBy(() -> old.confirm(PROVIDER, NOW.plus(Duration.ofDays(91))))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void reopensAnArchivedOfferAsADraftWithoutReason() {
            Offer offer = inStatus(OfferStatus.ARCHIVED);

            offer.reopen(PROVIDER, NOW);

            assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offer.archiveReason()).isEmpty();
        }

        @Test
        void showsAProviderOnlyTheCommandsTheyMayRun() {
            assertThat(inStatus(OfferStatus.DRAFT).allowedCommands(PROVIDER))
                    .containsExactlyInAnyOrder("edit", "submit", "delete");
            assertThat(inStatus(OfferStatus.DRAFT).allowedCommands(COORDINATOR))
                    .containsExactlyInAnyOrder("edit", "submit", "publish", "delete");
            assertThat(inStatus(OfferStatus.IN_REVIEW).allowedCommands(PROVIDER)).containsExactly("edit");
            assertThat(inStatus(OfferStatus.IN_REVIEW).allowedCommands(COORDINATOR))
                    .containsExactlyInAnyOrder("edit", "approve", "reject");
            assertThat(inStatus(OfferStatus.PUBLISHED).allowedCommands(OTHER_PROVIDER)).isEmpty();
        }
    }

    @Nested
    class Revisions {

        @Test
        void appliesACoordinatorsEditOfAPublishedOfferDirectlyAndConfirmsIt() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            Instant later = NOW.plus(Duration.ofDays(10));

            Offer.EditOutcome outcome = offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"),
                    COORDINATOR, later, TODAY);

            assertThat(outcome).isEqualTo(Offer.EditOutcome.APPLIED);
            assertThat(offer.name()).isEqualTo("Sprachcafé neu");
            assertThat(offer.lastConfirmedAt()).isEqualTo(later);
        }

        @Test
        void keepsAProvidersEditOfAPublishedOfferAsAPendingRevision() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);

            Offer.EditOutcome outcome = offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER,
                    NOW, TODAY);

            assertThat(outcome).isEqualTo(Offer.EditOutcome.PROPOSED);
            assertThat(offer.name()).isEqualTo("Sprachcafé");
            assertThat(offer.pendingRevision()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Sprachcafé neu"));
            assertThat(offer.drainEvents()).containsExactly(
                    new OfferReviewRequested(offer.id(), DISTRICT, ORGANISATION));
        }

        @Test
        void replacesAnEarlierProposalWithALaterOne() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);

            offer.edit(OfferContents.renamed(offer.content(), "Erster Vorschlag"), PROVIDER, NOW, TODAY);
            offer.edit(OfferContents.renamed(offer.content(), "Zweiter Vorschlag"), PROVIDER, NOW, TODAY);

            assertThat(offer.pendingRevision()).map(OfferContent::name).contains("Zweiter Vorschlag");
        }

        @Test
        void appliesAnApprovedRevisionAndConfirmsTheOffer() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER, NOW, TODAY);
            Instant later = NOW.plus(Duration.ofDays(2));

            offer.approveRevision(COORDINATOR, later, TODAY);

            assertThat(offer.name()).isEqualTo("Sprachcafé neu");
            assertThat(offer.hasPendingRevision()).isFalse();
            assertThat(offer.lastConfirmedAt()).isEqualTo(later);
            assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        }

        @Test
        void discardsARejectedRevisionAndKeepsThePublishedContent() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER, NOW, TODAY);

            offer.rejectRevision(COORDINATOR, NOW, "Der Name passt nicht.");

            assertThat(offer.name()).isEqualTo("Sprachcafé");
            assertThat(offer.hasPendingRevision()).isFalse();
            assertThat(offer.reviewNote()).isEqualTo("Der Name passt nicht.");
        }

        @Test
        void letsNoProviderDecideAboutARevision() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER, NOW, TODAY);

            assertThatThrownBy(() -> offer.approveRevision(PROVIDER, NOW, TODAY))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
            assertThatThrownBy(() -> offer.rejectRevision(PROVIDER, NOW, null))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void refusesToApproveWhenNothingIsPending() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);

            assertThatThrownBy(() -> offer.approveRevision(COORDINATOR, NOW, TODAY))
                    .isInstanceOf(OfferTransitionNotAllowed.class);
        }

        @Test
        void discardsAPendingRevisionWhenTheOfferIsArchived() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER, NOW, TODAY);

            offer.archive(ArchiveReason.ENDED, PROVIDER, NOW);

            assertThat(offer.hasPendingRevision()).isFalse();
        }

        @Test
        void letsAProviderEditTheirDraftDirectly() {
            Offer offer = draft();

            assertThat(offer.edit(OfferContents.renamed(offer.content(), "Neu"), PROVIDER, NOW, TODAY))
                    .isEqualTo(Offer.EditOutcome.APPLIED);
            assertThat(offer.name()).isEqualTo("Neu");
        }
    }

    @Nested
    class Invariants {

        @Test
        void refusesMoreFreePlacesThanPlaces() {
            assertThatThrownBy(() -> new CourseDetails(CourseLevel.A1, null, null, 10, 11, null))
                    .isInstanceOf(DirectoryRuleViolation.class)
                    .satisfies(e -> assertThat(((DirectoryRuleViolation) e).field()).isEqualTo("placesFree"));
            assertThat(new CourseDetails(CourseLevel.A1, null, null, 10, 10, null).placesFree()).isEqualTo(10);
        }

        @Test
        void refusesNegativePlacesACourseEndingBeforeItStartsAndADeadlineAfterTheEnd() {
            assertThatThrownBy(() -> new CourseDetails(null, null, null, -1, null, null))
                    .isInstanceOf(DirectoryRuleViolation.class);
            assertThatThrownBy(() -> new CourseDetails(null, TODAY, TODAY.minusDays(1), null, null, null))
                    .isInstanceOf(DirectoryRuleViolation.class);
            assertThatThrownBy(() -> new CourseDetails(null, TODAY, TODAY.plusDays(5), null, null, TODAY.plusDays(6)))
                    .isInstanceOf(DirectoryRuleViolation.class);
        }

        @Test
        void knowsOnlyTheLevelsA1ToC2() {
            assertThat(CourseLevel.parse("b1")).isEqualTo(CourseLevel.B1);
            assertThat(CourseLevel.parse(" ")).isNull();
            assertThatThrownBy(() -> CourseLevel.parse("D1")).isInstanceOf(DirectoryRuleViolation.class);
        }

        @Test
        void refusesAValidityThatEndsBeforeItStarts() {
            Offer offer = draft();
            OfferContent backwards = OfferContents.withValidity(offer.content(), TODAY, TODAY.minusDays(1));

            assertThatThrownBy(() -> offer.edit(backwards, PROVIDER, NOW, TODAY))
                    .isInstanceOf(DirectoryRuleViolation.class)
                    .satisfies(e -> assertThat(((DirectoryRuleViolation) e).field()).isEqualTo("validUntil"));
        }

        @Test
        void refusesAMaximumAgeBelowTheMinimum() {
            Offer offer = draft();

            assertThatThrownBy(() -> offer.edit(OfferContents.withAges(offer.content(), 27, 18), PROVIDER, NOW, TODAY))
                    .isInstanceOf(DirectoryRuleViolation.class);
        }

        @Test
        void needsANameADescriptionAndAPlace() {
            Offer offer = draft();

            assertThatThrownBy(() -> offer.edit(OfferContents.renamed(offer.content(), " "), PROVIDER, NOW, TODAY))
                    .isInstanceOf(DirectoryRuleViolation.class);
            assertThatThrownBy(() -> offer.edit(OfferContents.nowhere(offer.content()), PROVIDER, NOW, TODAY))
                    .isInstanceOf(DirectoryRuleViolation.class)
                    .satisfies(e -> assertThat(((DirectoryRuleViolation) e).field()).isEqualTo("sites"));
        }

        @Test
        void refusesServiceAreasOfAnotherDistrict() {
            Offer offer = draft();
            OfferContent c = offer.content();
            OfferContent elsewhere = new OfferContent(c.name(), c.description(), null, null, null, null, null, null,
                    null, null, c.flags(), false, null, null, null, null, CourseDetails.NONE, List.of(), List.of(),
                    List.of("14628270"), List.of(), List.of(), List.of());

            assertThatThrownBy(() -> offer.edit(elsewhere, PROVIDER, NOW, TODAY))
                    .isInstanceOf(DirectoryRuleViolation.class);
        }

        @Test
        void takesTheNextStartFromTheCourseOrTheNextDateButNotFromOpeningHours() {
            Offer offer = draft();
            ScheduleData tuesdays = new ScheduleData(UUID.randomUUID(), null, ScheduleKind.RECURRING,
                    "FREQ=WEEKLY;BYDAY=TU", LocalDate.of(2026, 1, 6), LocalTime.of(10, 0), LocalTime.of(12, 0),
                    null, null, Attendance.IN_PERSON, null);
            ScheduleData openingHours = new ScheduleData(UUID.randomUUID(), null, ScheduleKind.OPENING_HOURS,
                    "FREQ=DAILY", LocalDate.of(2026, 1, 1), LocalTime.of(8, 0), LocalTime.of(16, 0), null, null,
                    Attendance.IN_PERSON, null);

            offer.edit(OfferContents.withSchedules(offer.content(), List.of(tuesdays, openingHours)), PROVIDER, NOW,
                    TODAY);
            assertThat(offer.nextStart()).isEqualTo(LocalDate.of(2026, 3, 3));

            offer.edit(OfferContents.withCourse(offer.content(),
                    new CourseDetails(CourseLevel.A1, TODAY, TODAY.plusMonths(6), null, null, null)), PROVIDER, NOW,
                    TODAY);
            assertThat(offer.nextStart()).isEqualTo(TODAY);

            offer.refreshNextStart(TODAY.plusDays(1));
            assertThat(offer.nextStart()).isEqualTo(LocalDate.of(2026, 3, 3));
        }
    }

    @Nested
    class TranslatedTexts {

        @Test
        void marksTranslationsOutdatedWhenTheGermanNameOrDescriptionChangesAndCurrentWhenItIsReverted() {
            Offer offer = draft();
            offer.translate(TranslatedField.NAME, ContentLanguage.EN, "Language café", false, PROVIDER, NOW);
            offer.translate(TranslatedField.DESCRIPTION, ContentLanguage.AR, "وصف", true, PROVIDER, NOW);
            OfferContent original = offer.content();

            offer.edit(OfferContents.renamed(original, "Sprachcafé am Markt"), PROVIDER, NOW, TODAY);

            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.EN)).isEqualTo(TranslationStatus.OUTDATED);
            assertThat(status(offer, TranslatedField.DESCRIPTION, ContentLanguage.AR))
                    .isEqualTo(TranslationStatus.CURRENT);

            offer.edit(original, PROVIDER, NOW, TODAY);

            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
        }

        @Test
        void makesARetranslationCurrentAndRemovesTranslationsOfAnEmptiedField() {
            Offer offer = draft();
            offer.edit(OfferContents.withFees(offer.content(), "kostenlos"), PROVIDER, NOW, TODAY);
            offer.translate(TranslatedField.FEES, ContentLanguage.TR, "ücretsiz", false, PROVIDER, NOW);
            offer.translate(TranslatedField.NAME, ContentLanguage.EN, "Language café", false, PROVIDER, NOW);
            offer.edit(OfferContents.renamed(offer.content(), "Sprachtreff"), PROVIDER, NOW, TODAY);

            offer.translate(TranslatedField.NAME, ContentLanguage.EN, "Language meeting", false, PROVIDER, NOW);
            offer.edit(OfferContents.withFees(offer.content(), " "), PROVIDER, NOW, TODAY);

            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
            assertThat(status(offer, TranslatedField.FEES, ContentLanguage.TR)).isEqualTo(TranslationStatus.MISSING);
        }

        @Test
        void leavesTranslationsAloneWhileAProvidersChangeWaitsForReview() {
            Offer offer = inStatus(OfferStatus.PUBLISHED);
            offer.translate(TranslatedField.NAME, ContentLanguage.UK, "Мовне кафе", false, COORDINATOR, NOW);

            offer.edit(OfferContents.renamed(offer.content(), "Sprachcafé neu"), PROVIDER, NOW, TODAY);
            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.UK)).isEqualTo(TranslationStatus.CURRENT);

            offer.approveRevision(COORDINATOR, NOW, TODAY);
            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.UK)).isEqualTo(TranslationStatus.OUTDATED);
        }

        @Test
        void removesATranslationOnRequest() {
            Offer offer = draft();
            offer.translate(TranslatedField.NAME, ContentLanguage.FA, "کافهٔ زبان", false, PROVIDER, NOW);

            offer.removeTranslation(TranslatedField.NAME, ContentLanguage.FA, PROVIDER, NOW);

            assertThat(status(offer, TranslatedField.NAME, ContentLanguage.FA)).isEqualTo(TranslationStatus.MISSING);
        }

        private static TranslationStatus status(Offer offer, TranslatedField field, ContentLanguage language) {
            return Translations.statusOf(offer.translations(), field, language);
        }
    }
}
