package de.integrationsnetz.directory.freshness;

import static de.integrationsnetz.directory.freshness.FreshnessFixtures.mailsTo;
import static de.integrationsnetz.directory.freshness.FreshnessFixtures.received;
import static de.integrationsnetz.directory.freshness.FreshnessFixtures.subject;
import static de.integrationsnetz.directory.freshness.FreshnessFixtures.text;
import static de.integrationsnetz.directory.freshness.FreshnessFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The §6.2 timeline, run by {@link FreshnessRun#runFor} at chosen instants, with the mails as GreenMail receives
 * them over SMTP. Offers of Nordsachsen (14730, no demo data), last confirmed in the past; runs at instants up to now.
 */
@de.integrationsnetz.support.IntegrationTest
class FreshnessScheduleTests {

    static final DistrictKey NORDSACHSEN = DistrictKey.of("14730");

    @Autowired FreshnessRun run;
    @Autowired FreshnessSettingsService settings;
    @Autowired FreshnessOverview overview;
    @Autowired GreenMail greenMail;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired OrganisationManagement organisations;
    @Autowired ConfirmationLinks links;

    FreshnessFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FreshnessFixtures(transactions, entityManager, organisations, links);
    }

    @Test
    void followsTheTimelineFromTheFirstReminderToTheWithdrawalAndAConfirmationRestoresTheOffer() throws Exception {
        Instant t = Instant.now().minus(Duration.ofDays(366)).truncatedTo(ChronoUnit.SECONDS);
        String maintainer = FreshnessFixtures.uniqueEmail("timeline");
        OrganisationRef organisation = fixtures.organisation(NORDSACHSEN, maintainer);
        OfferId offer = fixtures.published(organisation, "Sprachcafé Torgau", t);

        run.runFor(NORDSACHSEN, t.plus(Duration.ofDays(149)));
        assertThat(notices(offer)).isZero();

        step(t, 150, offer, maintainer, 1, "Ist Ihr Angebot „Sprachcafé Torgau“ noch aktuell?");
        run.runFor(NORDSACHSEN, t.plus(Duration.ofDays(150)).plus(Duration.ofHours(5)));
        assertThat(notices(offer)).as("the same reminder is not sent twice").isEqualTo(1);
        assertThat(fixtures.offer(offer).staleSince()).isEmpty();

        step(t, 164, offer, maintainer, 2, "Ist Ihr Angebot „Sprachcafé Torgau“ noch aktuell?");
        step(t, 178, offer, maintainer, 3, "Ist Ihr Angebot „Sprachcafé Torgau“ noch aktuell?");
        run.runFor(NORDSACHSEN, t.plus(Duration.ofDays(182)));
        assertThat(notices(offer)).as("at most three reminders").isEqualTo(3);

        Instant flagged = step(t, 183, offer, maintainer, 4, "gilt als nicht bestätigt");
        Offer afterFlag = fixtures.offer(offer);
        assertThat(afterFlag.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(afterFlag.staleSince()).contains(flagged);

        step(t, 337, offer, maintainer, 5, "ausgeblendet");
        step(t, 358, offer, maintainer, 6, "ausgeblendet");
        assertThat(fixtures.offer(offer).status()).isEqualTo(OfferStatus.PUBLISHED);

        MimeMessage withdrawn = stepMail(t, 365, offer, maintainer, 7);
        assertThat(subject(withdrawn)).contains("nicht mehr öffentlich sichtbar");
        assertThat(text(withdrawn)).contains("wieder veröffentlichen");
        Offer stale = fixtures.offer(offer);
        assertThat(stale.status()).isEqualTo(OfferStatus.ARCHIVED);
        assertThat(stale.archiveReason()).contains(ArchiveReason.STALE);
        assertThat(overview.of(offer).restorable()).isTrue();

        mvc.perform(post("/confirm/" + token(withdrawn)).with(csrf())).andExpect(status().isOk());

        Offer restored = fixtures.offer(offer);
        assertThat(restored.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(restored.staleSince()).isEmpty();
        assertThat(restored.lastConfirmedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(overview.of(offer).nextKind()).isEqualTo(
                de.integrationsnetz.directory.OfferConfirmationRequested.Kind.REMINDER);
    }

    @Test
    void aRunAfterAPauseSendsOnlyTheMostAdvancedNoticeThatIsDue() throws Exception {
        String maintainer = FreshnessFixtures.uniqueEmail("pause");
        OrganisationRef organisation = fixtures.organisation(NORDSACHSEN, maintainer);
        OfferId offer = fixtures.published(organisation, "Beratung Delitzsch",
                Instant.now().minus(Duration.ofDays(200)));

        FreshnessRun.Result result = run.runFor(NORDSACHSEN, Instant.now());

        assertThat(result.skipped()).isFalse();
        List<MimeMessage> mails = mailsTo(greenMail, maintainer, 1);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).contains("gilt als nicht bestätigt");
        assertThat(fixtures.offer(offer).staleSince()).isPresent();
        Thread.sleep(1000);
        assertThat(received(greenMail, maintainer)).as("no reminders afterwards").hasSize(1);
    }

    @Test
    void aConfirmationStartsANewCycle() throws Exception {
        String maintainer = FreshnessFixtures.uniqueEmail("cycle");
        OrganisationRef organisation = fixtures.organisation(NORDSACHSEN, maintainer);
        OfferId offer = fixtures.published(organisation, "Fahrradwerkstatt Eilenburg",
                Instant.now().minus(Duration.ofDays(151)));

        run.runFor(NORDSACHSEN, Instant.now());
        MimeMessage reminder = mailsTo(greenMail, maintainer, 1).get(0);
        mvc.perform(post("/confirm/" + token(reminder)).with(csrf())).andExpect(status().isOk());
        run.runFor(NORDSACHSEN, Instant.now());

        assertThat(notices(offer)).isEqualTo(1);
        assertThat(fixtures.offer(offer).lastConfirmedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(overview.of(offer).lastNoticeRecipient()).isEqualTo(maintainer);
    }

    @Test
    void mailsGoOutInTheOrganisationsLanguage() throws Exception {
        String maintainer = FreshnessFixtures.uniqueEmail("english");
        OrganisationRef organisation = fixtures.organisation(NORDSACHSEN, maintainer);
        settings.changeMailLanguage(organisation.id(), ContentLanguage.EN);
        fixtures.published(organisation, "Sprachkurs Oschatz", Instant.now().minus(Duration.ofDays(151)));

        run.runFor(NORDSACHSEN, Instant.now());

        MimeMessage mail = mailsTo(greenMail, maintainer, 1).get(0);
        assertThat(subject(mail)).isEqualTo("Is your offer “Sprachkurs Oschatz” still up to date?");
        assertThat(text(mail)).contains("Check and confirm the offer").contains("/confirm/");
    }

    @Test
    void anOfferWithoutContactAddressIsRecordedButGetsNoMail() {
        OrganisationRef organisation = fixtures.organisation(NORDSACHSEN, null);
        OfferId offer = fixtures.published(organisation, "Begegnungscafé ohne Adresse",
                Instant.now().minus(Duration.ofDays(151)));

        FreshnessRun.Result result = run.runFor(NORDSACHSEN, Instant.now());

        assertThat(result.noRecipient()).isPositive();
        assertThat(notices(offer)).isEqualTo(1);
        FreshnessOverview.OfferFreshness freshness = overview.of(offer);
        assertThat(freshness.hasLastNotice()).isTrue();
        assertThat(freshness.lastNoticeRecipient()).isNull();
    }

    private Instant step(Instant t, int days, OfferId offer, String maintainer, int expectedMails, String subject)
            throws InterruptedException {
        MimeMessage mail = stepMail(t, days, offer, maintainer, expectedMails);
        assertThat(subject(mail)).contains(subject);
        return t.plus(Duration.ofDays(days)).plus(Duration.ofHours(1));
    }

    private MimeMessage stepMail(Instant t, int days, OfferId offer, String maintainer, int expectedMails)
            throws InterruptedException {
        run.runFor(NORDSACHSEN, t.plus(Duration.ofDays(days)).plus(Duration.ofHours(1)));
        List<MimeMessage> mails = mailsTo(greenMail, maintainer, expectedMails);
        assertThat(mails).as("mails after day %d", days).hasSize(expectedMails);
        assertThat(notices(offer)).isEqualTo(expectedMails);
        return mails.get(expectedMails - 1);
    }

    private int notices(OfferId offer) {
        return jdbc.queryForObject("select count(*) from directory.freshness_notices where offer_id = ?",
                Integer.class, offer.value());
    }
}
