package de.integrationsnetz.notifications.mail;

import de.integrationsnetz.directory.OfferConfirmationRequested;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails of the directory's freshness job (docs/directory.md §6.5): reminders to confirm an offer, the notice that it
 * counts as not confirmed, the warnings before it is hidden, and the notice that it was withdrawn. One template
 * ({@code offer-confirmation}) whose texts depend on the kind, in the organisation's language (German by default).
 * Runs after the job's transaction committed; an undelivered mail stays in the event publication registry.
 */
@Component
class OfferMails {

    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Berlin");

    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final String baseUrl;

    OfferMails(MailTemplates templates, MailDelivery delivery,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.delivery = delivery;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(OfferConfirmationRequested request) {
        Locale language = Locale.forLanguageTag(request.language().code());
        String kind = request.kind().name().toLowerCase(Locale.ROOT);
        Map<String, Object> variables = new HashMap<>();
        variables.put("kind", kind);
        variables.put("subjectKey", "notifications.mail.offer.subject." + kind);
        variables.put("introKey", "notifications.mail.offer.intro." + kind);
        variables.put("actionKey", "notifications.mail.offer.action." + kind);
        variables.put("offerName", request.offerName());
        variables.put("organisationName", request.organisationName());
        variables.put("lastConfirmed", day(request.lastConfirmedAt().atZone(LOCAL_TIME).toLocalDate(), language));
        variables.put("withdrawOn", day(request.withdrawOn(), language));
        variables.put("restoreUntil", request.restoreUntil() == null ? "" : day(request.restoreUntil(), language));
        variables.put("link", request.confirmUrl());
        variables.put("expiresAt", minute(request.expiresAt(), language));
        variables.put("siteUrl", baseUrl + "/");
        delivery.send(templates.compose(request.recipient(), language, "offer-confirmation",
                "notifications.mail.offer.subject." + kind, new Object[] {request.offerName(),
                        variables.get("withdrawOn")}, variables));
    }

    private static String day(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(date);
    }

    private static String minute(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(LOCAL_TIME)
                .format(instant);
    }
}
