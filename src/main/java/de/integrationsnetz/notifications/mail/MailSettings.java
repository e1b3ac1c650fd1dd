package de.integrationsnetz.notifications.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where e-mails come from and what they link to.
 *
 * @param from sender address, may include a name: {@code Integrationsnetz <no-reply@example.org>}
 *     ({@code app.mail.from})
 */
@ConfigurationProperties("app.mail")
record MailSettings(@DefaultValue("Integrationsnetz <no-reply@integrationsnetz.example>") String from) {}
