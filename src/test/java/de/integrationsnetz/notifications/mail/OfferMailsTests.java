package de.integrationsnetz.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferConfirmationRequested;
import de.integrationsnetz.directory.OfferConfirmationRequested.Kind;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Composing the freshness mails: every kind in German, and the organisation's language with right-to-left. */
class OfferMailsTests {

    static final String LINK = "https://integrationsnetz.example/confirm/abc_DEF-123abc_DEF-123";

    final AccountMailsTests.Recorder delivery = new AccountMailsTests.Recorder();
    final OfferMails mails = new OfferMails(new MailTemplates(AccountMailsTests.messages()), delivery,
            "https://integrationsnetz.example/");

    static OfferConfirmationRequested request(Kind kind, ContentLanguage language) {
        return new OfferConfirmationRequested(OfferId.random(), DistrictKey.of("14522"), "verein@example.org",
                language, "Sprachcafé Freiberg", "Integrationsverein Freiberg", kind,
                Instant.parse("2026-01-10T09:00:00Z"), LocalDate.parse("2027-01-10"),
                kind == Kind.WITHDRAWN ? LocalDate.parse("2027-04-10") : null, LINK,
                Instant.parse("2026-07-09T01:30:00Z"));
    }

    @Test
    void everyKindHasItsOwnSubjectAndTextWithTheLinkInGerman() {
        for (Kind kind : Kind.values()) {
            mails.on(request(kind, ContentLanguage.DE));
        }
        assertThat(delivery.sent).extracting(OutgoingMail::subject).containsExactly(
                "Ist Ihr Angebot „Sprachcafé Freiberg“ noch aktuell?",
                "Bitte bestätigen: „Sprachcafé Freiberg“ gilt als nicht bestätigt",
                "„Sprachcafé Freiberg“ wird am 10.01.2027 ausgeblendet",
                "„Sprachcafé Freiberg“ ist nicht mehr öffentlich sichtbar");
        for (OutgoingMail mail : delivery.sent) {
            assertThat(mail.to()).isEqualTo("verein@example.org");
            assertThat(mail.text()).contains(LINK).contains("10.01.2026").doesNotContain("??");
            assertThat(mail.html()).contains("href=\"" + LINK + "\"").contains("lang=\"de\"");
        }
        assertThat(delivery.sent.get(3).text()).contains("10.04.2027").contains("wieder veröffentlichen");
    }

    @Test
    void anArabicMailIsRightToLeftAndInArabic() {
        mails.on(request(Kind.WARNING, ContentLanguage.AR));

        OutgoingMail mail = delivery.sent.get(0);
        assertThat(mail.subject()).contains("سيُخفى العرض");
        assertThat(mail.html()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(mail.text()).contains(LINK);
    }
}
