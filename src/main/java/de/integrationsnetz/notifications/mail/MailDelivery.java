package de.integrationsnetz.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands e-mails to the SMTP server configured with {@code spring.mail.host} ({@code SPRING_MAIL_HOST}). Without a
 * mail host (the zero-set-up demo) there is no {@link JavaMailSender}: the e-mail is written to the log at INFO
 * instead, links included, so that invitations and password resets can still be tried out.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    void send(OutgoingMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): e-mail not sent, logged instead.\n"
                    + "To: {}\nSubject: {}\n\n{}", mail.to(), mail.subject(), mail.text());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build the e-mail " + mail, e);
        }
        sender.send(message);
        log.info("Sent e-mail '{}' to {}", mail.subject(), mail.to());
    }
}
