package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.freshness.Confirmations;
import de.integrationsnetz.directory.freshness.FreshnessFixtures;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limited correction form behind a confirmation link (docs/directory.md §6.4): a provider without an account
 * corrects a few fields, the change waits for the coordination's review, the offer counts as confirmed and the link is
 * used up. Offers of Vogtlandkreis (14523, no demo data).
 */
@IntegrationTest
class ConfirmationCorrectionTests {

    static final DistrictKey VOGTLAND = DistrictKey.of("14523");
    static final Duration MONTH = Duration.ofDays(30);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired Confirmations confirmations;

    FreshnessFixtures fixtures;
    OrganisationRef organisation;

    @BeforeEach
    void setUp() {
        fixtures = FreshnessFixtures.from(context, transactions, entityManager);
        organisation = fixtures.organisation(VOGTLAND, FreshnessFixtures.uniqueEmail("correction"));
    }

    @Test
    void theConfirmationPageLeadsToTheCorrectionFormAndKeepsTheLoginPath() throws Exception {
        OfferId offer = fixtures.published(organisation, "Sprachcafé Adorf", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        Document page = Jsoup.parse(mvc.perform(get("/confirm/" + token)).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.select("a[href=/confirm/" + token + "/correction]").text()).isEqualTo("Änderungen nötig");
        assertThat(page.select("form[action=/confirm/" + token + "/changes] button").text())
                .isEqualTo("Im Arbeitsbereich bearbeiten (mit Anmeldung)");
    }

    @Test
    void theCorrectionFormIsPrefilledFromTheOfferAndDoesNotUseTheLinkUp() throws Exception {
        OfferId offer = fixtures.published(organisation, "Beratung Klingenthal",
                Instant.now().minus(Duration.ofDays(160)));
        LocalDate until = LocalDate.now().plusMonths(6);
        fixtures.change(offer, o -> o.edit(contact(o.content(), "03741 12345", "info@beratung.example.org",
                "https://beratung.example", until), Actor.system(), Instant.now(), LocalDate.now()));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(get("/confirm/" + token + "/correction"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Angaben korrigieren");
        assertThat(page.select("textarea#description").text()).isEqualTo("Beschreibung von Beratung Klingenthal");
        assertThat(page.select("input#phone").val()).isEqualTo("03741 12345");
        assertThat(page.select("input#email").val()).isEqualTo("info@beratung.example.org");
        assertThat(page.select("input#url").val()).isEqualTo("https://beratung.example");
        assertThat(page.select("input#validUntil").val()).isEqualTo(until.toString());
        assertThat(page.select("input[type=checkbox][name=ended]")).hasSize(1);
        assertThat(page.select("label[for=ended1]").text()).isEqualTo("Das Angebot endet / findet nicht mehr statt");
        assertThat(page.select("input[type=hidden][name=version]").val())
                .isEqualTo(String.valueOf(fixtures.offer(offer).version()));
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    @Test
    void aCorrectionOfAPublishedOfferWaitsForReviewConfirmsTheOfferAndUsesUpTheLink() throws Exception {
        OfferId offer = fixtures.published(organisation, "Nähtreff Falkenstein",
                Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(correction(token, fixtures.offer(offer).version())
                        .param("description", "Jetzt donnerstags im Gemeindehaus.")
                        .param("email", "naehtreff@falkenstein.example.org")
                        .param("alert", "Im August Sommerpause."))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document done = Jsoup.parse(response.getContentAsString());
        assertThat(done.select("h1").text()).isEqualTo("Vielen Dank!");
        assertThat(done.text()).contains("Die Koordination prüft sie, bevor sie veröffentlicht werden.");

        Offer changed = fixtures.offer(offer);
        assertThat(changed.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(changed.description()).as("the public keeps the checked text")
                .isEqualTo("Beschreibung von Nähtreff Falkenstein");
        assertThat(changed.pendingRevision()).hasValueSatisfying(revision -> {
            assertThat(revision.description()).isEqualTo("Jetzt donnerstags im Gemeindehaus.");
            assertThat(revision.email()).isEqualTo("naehtreff@falkenstein.example.org");
            assertThat(revision.alert()).isEqualTo("Im August Sommerpause.");
            assertThat(revision.name()).isEqualTo("Nähtreff Falkenstein");
        });
        assertThat(changed.lastConfirmedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USED);

        String publicPage = mvc.perform(get("/offers/" + offer.value())).andReturn().getResponse()
                .getContentAsString();
        assertThat(publicPage).contains("Beschreibung von Nähtreff Falkenstein")
                .doesNotContain("Jetzt donnerstags im Gemeindehaus.");

        mvc.perform(get("/confirm/" + token + "/correction"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isGone());
        MockHttpServletResponse again = mvc.perform(correction(token, changed.version())
                .param("description", "Noch einmal")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("Link bereits verwendet");
    }

    @Test
    void invalidInputIsShownNextToTheFieldsInGermanAndChangesNothing() throws Exception {
        Instant lastConfirmed = Instant.now().minus(Duration.ofDays(160));
        OfferId offer = fixtures.published(organisation, "Kochkurs Treuen", lastConfirmed);
        String token = fixtures.issue(offer, Instant.now(), MONTH);
        Offer before = fixtures.offer(offer);

        MockHttpServletResponse response = mvc.perform(correction(token, before.version())
                        .param("description", "Neue Beschreibung")
                        .param("email", "keine-adresse")
                        .param("url", "www.ohne-protokoll.example")
                        .param("validUntil", LocalDate.now().minusDays(3).toString()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#email-error").text()).contains("gültige E-Mail-Adresse");
        assertThat(page.select("input#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#url-error").text()).contains("http:// oder https://");
        assertThat(page.select("#validUntil-error").text()).contains("in der Vergangenheit");
        assertThat(page.select("#error-summary a[href=#email]").text()).startsWith("E-Mail");
        assertThat(page.select("textarea#description").text()).as("the typed input is kept")
                .isEqualTo("Neue Beschreibung");

        Offer after = fixtures.offer(offer);
        assertThat(after.hasPendingRevision()).isFalse();
        assertThat(after.lastConfirmedAt()).isEqualTo(before.lastConfirmedAt());
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    @Test
    void anEmptyDescriptionIsRequired() throws Exception {
        OfferId offer = fixtures.published(organisation, "Lesepaten Lengenfeld",
                Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(correction(token, fixtures.offer(offer).version())
                .param("description", "  ")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#description-error").text())
                .isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(fixtures.offer(offer).hasPendingRevision()).isFalse();
    }

    @Test
    void usedAndExpiredLinksAnswerGoneForTheFormAndItsSubmission() throws Exception {
        OfferId offer = fixtures.published(organisation, "Beratung Elsterberg",
                Instant.now().minus(Duration.ofDays(200)));
        String expired = fixtures.issue(offer, Instant.now().minus(Duration.ofDays(31)), MONTH);

        MockHttpServletResponse form = mvc.perform(get("/confirm/" + expired + "/correction")).andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(410);
        assertThat(form.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(form.getContentAsString()).contains("Link abgelaufen");
        assertThat(mvc.perform(correction(expired, fixtures.offer(offer).version()).param("description", "Neu"))
                .andReturn().getResponse().getStatus()).isEqualTo(410);

        String used = fixtures.issue(offer, Instant.now(), MONTH);
        mvc.perform(post("/confirm/" + used).with(csrf()));
        MockHttpServletResponse afterUse = mvc.perform(get("/confirm/" + used + "/correction")).andReturn()
                .getResponse();
        assertThat(afterUse.getStatus()).isEqualTo(410);
        assertThat(afterUse.getContentAsString()).contains("Link bereits verwendet");
        assertThat(fixtures.offer(offer).hasPendingRevision()).isFalse();
    }

    @Test
    void aFormOpenedBeforeTheOfferChangedAnswersConflictAndKeepsTheInput() throws Exception {
        OfferId offer = fixtures.published(organisation, "Sprachkurs Rodewisch",
                Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);
        long opened = fixtures.offer(offer).version();
        fixtures.change(offer, o -> o.flagStale(Instant.now()));

        MockHttpServletResponse response = mvc.perform(correction(token, opened)
                .param("description", "Mein getippter Text")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#error-summary").text()).contains("inzwischen von einer anderen Person geändert");
        assertThat(page.select("textarea#description").text()).isEqualTo("Mein getippter Text");
        assertThat(fixtures.offer(offer).hasPendingRevision()).isFalse();
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    @Test
    void anOfferThatEndsIsArchivedAsEndedAndTheLinkIsUsedUp() throws Exception {
        OfferId offer = fixtures.published(organisation, "Frauentreff Netzschkau",
                Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(correction(token, fixtures.offer(offer).version())
                        .param("description", "").param("email", "egal").param("ended", "true"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).text())
                .contains("Das Angebot ist als beendet eingetragen");
        Offer ended = fixtures.offer(offer);
        assertThat(ended.status()).isEqualTo(OfferStatus.ARCHIVED);
        assertThat(ended.archiveReason()).contains(ArchiveReason.ENDED);
        assertThat(ended.hasPendingRevision()).isFalse();
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USED);
    }

    @Test
    void aCorrectionOfAnOfferWithdrawnAsStalePublishesTheCheckedTextAgainAndProposesTheChange() throws Exception {
        OfferId offer = fixtures.published(organisation, "Musikgruppe Ellefeld",
                Instant.now().minus(Duration.ofDays(370)));
        fixtures.change(offer, o -> o.withdrawAsStale(Actor.system(), Instant.now().minus(Duration.ofDays(5))));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(correction(token, fixtures.offer(offer).version())
                .param("description", "Proben jetzt mittwochs.")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Offer restored = fixtures.offer(offer);
        assertThat(restored.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(restored.description()).isEqualTo("Beschreibung von Musikgruppe Ellefeld");
        assertThat(restored.pendingRevision().map(OfferContent::description)).contains("Proben jetzt mittwochs.");
    }

    @Test
    void anOfferThatCannotBeConfirmedHasNoCorrectionForm() throws Exception {
        OfferId offer = fixtures.published(organisation, "Kurs Bad Elster", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);
        fixtures.change(offer, o -> o.archive(ArchiveReason.ENDED, Actor.system(), Instant.now()));

        assertThat(mvc.perform(get("/confirm/" + token + "/correction")).andReturn().getResponse().getStatus())
                .isEqualTo(409);
        assertThat(mvc.perform(correction(token, fixtures.offer(offer).version()).param("description", "Neu"))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(mvc.perform(get("/confirm/" + token)).andReturn().getResponse().getContentAsString())
                .select("a[href=/confirm/" + token + "/correction]")).isEmpty();
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    @Test
    void sendingTheFormUnchangedConfirmsTheOfferWithoutAReview() throws Exception {
        OfferId offer = fixtures.published(organisation, "Schachclub Mylau", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        MockHttpServletResponse response = mvc.perform(correction(token, fixtures.offer(offer).version())
                .param("description", "Beschreibung von Schachclub Mylau")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Sie haben nichts geändert.");
        Offer confirmed = fixtures.offer(offer);
        assertThat(confirmed.hasPendingRevision()).isFalse();
        assertThat(confirmed.lastConfirmedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USED);
    }

    @Test
    void withoutACsrfTokenNothingIsSent() throws Exception {
        OfferId offer = fixtures.published(organisation, "Tanzgruppe Pausa", Instant.now().minus(Duration.ofDays(160)));
        String token = fixtures.issue(offer, Instant.now(), MONTH);

        int status = mvc.perform(post("/confirm/" + token + "/correction").param("description", "Neu")
                .param("version", String.valueOf(fixtures.offer(offer).version()))).andReturn().getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(fixtures.offer(offer).hasPendingRevision()).isFalse();
        assertThat(confirmations.inspect(token).usability()).isEqualTo(Usability.USABLE);
    }

    private static MockHttpServletRequestBuilder correction(String token, long version) {
        return post("/confirm/" + token + "/correction").with(csrf()).param("version", String.valueOf(version));
    }

    private static OfferContent contact(OfferContent c, String phone, String email, String url, LocalDate until) {
        return new OfferContent(c.name(), c.description(), c.feesNote(), c.eligibilityNote(), c.applicationNote(),
                c.alert(), url, email, phone, c.onlineUrl(), c.flags(), c.wholeDistrict(), c.minAge(), c.maxAge(),
                c.validFrom(), until, c.course(), c.classifications(), c.languages(), c.serviceAreas(), c.sites(),
                c.contacts(), c.schedules());
    }
}
