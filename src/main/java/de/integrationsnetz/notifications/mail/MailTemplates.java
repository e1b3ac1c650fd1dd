package de.integrationsnetz.notifications.mail;

import de.integrationsnetz.shared.UiLanguages;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders e-mails from {@code templates/notifications/mail/<name>.html} (HTML part) and {@code <name>.txt} (plain
 * text part) with the application's message bundles, in the recipient's language. A template engine of its own, so
 * that the web pages' template resolution stays untouched.
 */
@Component
class MailTemplates {

    private static final String PREFIX = "templates/notifications/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * @param name template name without extension, e.g. {@code invitation}
     * @param subjectKey message key of the subject
     * @param variables the template's variables; {@code lang} and {@code dir} are added
     */
    OutgoingMail compose(String to, Locale language, String name, String subjectKey, Map<String, Object> variables) {
        return compose(to, language, name, subjectKey, new Object[0], variables);
    }

    /** As {@link #compose(String, Locale, String, String, Map)}, with arguments for the subject's placeholders. */
    OutgoingMail compose(String to, Locale language, String name, String subjectKey, Object[] subjectArguments,
            Map<String, Object> variables) {
        Context context = new Context(language);
        context.setVariables(variables);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("dir", UiLanguages.direction(language.getLanguage()));
        String subject = messages.getMessage(subjectKey, subjectArguments, language);
        return new OutgoingMail(to, subject, engine.process(name + ".txt", context).strip() + "\n",
                engine.process(name + ".html", context));
    }
}
