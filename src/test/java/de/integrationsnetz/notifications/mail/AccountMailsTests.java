package de.integrationsnetz.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.InvitationIssued;
import de.integrationsnetz.identity.PasswordResetRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** Composing account e-mails from templates and bundles, and the log fallback without a mail server. */
@ExtendWith(OutputCaptureExtension.class)
class AccountMailsTests {

    static final Instant EXPIRES = Instant.parse("2026-12-01T16:30:00Z");

    final MailTemplates templates = new MailTemplates(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/notifications");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** A delivery that keeps what it is given instead of sending it. */
    static final class Recorder extends MailDelivery {

        final List<OutgoingMail> sent = new ArrayList<>();

        Recorder() {
            super(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), new MailSettings("x@y.z"));
        }

        @Override
        void send(OutgoingMail mail) {
            sent.add(mail);
        }
    }

    @Test
    void anInvitationHasATextAndAnHtmlPartWithTheLinkAndTheExpiryInTheRecipientsLanguage() {
        Recorder delivery = new Recorder();
        AccountMails mails = new AccountMails(templates, delivery, "https://integrationsnetz.example/");

        mails.on(new InvitationIssued(AccountId.random(), "kim@example.org", "Kim Beispiel", Locale.GERMAN,
                "https://integrationsnetz.example/invitation/abc_DEF-123", EXPIRES, "Kreisverwaltung Mittelsachsen"));

        OutgoingMail mail = delivery.sent.get(0);
        assertThat(mail.to()).isEqualTo("kim@example.org");
        assertThat(mail.subject()).isEqualTo("Einladung zu Integrationsnetz");
        assertThat(mail.text()).contains("Hallo Kim Beispiel,")
                .contains("Kreisverwaltung Mittelsachsen hat Sie zu Integrationsnetz eingeladen")
                .contains("https://integrationsnetz.example/invitation/abc_DEF-123")
                .contains("01.12.2026, 17:30") // Berlin time
                .contains("https://integrationsnetz.example/")
                .doesNotContain("<p>");
        assertThat(mail.html()).contains("<html lang=\"de\" dir=\"ltr\">")
                .contains("href=\"https://integrationsnetz.example/invitation/abc_DEF-123\"");
    }

    @Test
    void aPasswordResetInArabicIsWrittenRightToLeft() {
        Recorder delivery = new Recorder();
        AccountMails mails = new AccountMails(templates, delivery, "https://integrationsnetz.example");

        mails.on(new PasswordResetRequested(AccountId.random(), "amal@example.org", "Amal", Locale.forLanguageTag("ar"),
                "https://integrationsnetz.example/password/reset/xyz", EXPIRES));

        OutgoingMail mail = delivery.sent.get(0);
        assertThat(mail.subject()).isEqualTo("كلمة مرور جديدة لـ Integrationsnetz");
        assertThat(mail.html()).contains("lang=\"ar\"").contains("dir=\"rtl\"")
                .contains("https://integrationsnetz.example/password/reset/xyz")
                .contains("https://integrationsnetz.example/password/forgot");
        assertThat(mail.text()).contains("مرحباً Amal");
    }

    @Test
    void everyLanguageHasItsOwnSubject() {
        List<String> subjects = new ArrayList<>();
        for (String language : List.of("de", "en", "uk", "ru", "ar", "fa", "tr")) {
            subjects.add(templates.compose("x@example.org", Locale.forLanguageTag(language), "invitation",
                    "notifications.mail.invitation.subject",
                    java.util.Map.of("name", "N", "email", "x@example.org", "link", "https://l", "expiresAt", "morgen",
                            "invitedBy", "A", "siteUrl", "https://s/")).subject());
        }
        assertThat(subjects).doesNotHaveDuplicates();
    }

    @Test
    void withoutAMailServerTheMailIsLoggedWithItsLink(CapturedOutput output) {
        MailDelivery delivery = new MailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailSettings("Integrationsnetz <no-reply@example.org>"));

        delivery.send(new OutgoingMail("kim@example.org", "Einladung zu Integrationsnetz",
                "Bitte hier klicken: https://integrationsnetz.example/invitation/abc", "<p>html</p>"));

        assertThat(output.getOut() + output.getErr()).contains("kim@example.org")
                .contains("Einladung zu Integrationsnetz")
                .contains("https://integrationsnetz.example/invitation/abc");
    }
}
