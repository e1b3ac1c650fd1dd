package de.integrationsnetz.notifications.mail;

import de.integrationsnetz.identity.InvitationIssued;
import de.integrationsnetz.identity.PasswordResetRequested;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about a person's account. Runs after the identity module's transaction committed, asynchronously; an
 * e-mail that cannot be delivered stays in the event publication registry and is sent again on the next start.
 */
@Component
class AccountMails {

    /** Every county served is in Saxony: times in e-mails are German local time. */
    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Berlin");

    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final String baseUrl;

    AccountMails(MailTemplates templates, MailDelivery delivery,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.delivery = delivery;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(InvitationIssued invitation) {
        delivery.send(templates.compose(invitation.email(), invitation.language(), "invitation",
                "notifications.mail.invitation.subject",
                Map.of("name", invitation.displayName(), "email", invitation.email(), "link", invitation.link(),
                        "expiresAt", format(invitation.expiresAt(), invitation.language()),
                        "invitedBy", invitation.invitedBy(), "siteUrl", baseUrl + "/")));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested reset) {
        delivery.send(templates.compose(reset.email(), reset.language(), "password-reset",
                "notifications.mail.password-reset.subject",
                Map.of("name", reset.displayName(), "email", reset.email(), "link", reset.link(),
                        "expiresAt", format(reset.expiresAt(), reset.language()), "siteUrl", baseUrl + "/",
                        "forgotUrl", baseUrl + "/password/forgot")));
    }

    private static String format(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(LOCAL_TIME)
                .format(instant);
    }
}
