package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.shared.DistrictKey;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the freshness tests: each test makes its own organisation (with its own maintainer address, so mails
 * can be told apart in the shared GreenMail) and published offers whose last confirmation lies in the past. Districts
 * no demo data uses; runs happen at instants up to now, so offers other tests created there are never due.
 */
public final class FreshnessFixtures {

    static final Pattern LINK = Pattern.compile("/confirm/([A-Za-z0-9_-]{20,})");

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final OrganisationManagement organisations;
    private final ConfirmationLinks links;

    FreshnessFixtures(TransactionTemplate transactions, EntityManager entityManager,
            OrganisationManagement organisations, ConfirmationLinks links) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.links = links;
    }

    /** The fixtures with the context's beans, for tests outside this package (ConfirmationLinks is internal). */
    public static FreshnessFixtures from(org.springframework.context.ApplicationContext context,
            TransactionTemplate transactions, EntityManager entityManager) {
        return new FreshnessFixtures(transactions, entityManager, context.getBean(OrganisationManagement.class),
                context.getBean(ConfirmationLinks.class));
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@freshness.example";
    }

    /** A new organisation of the district whose confirmation mails go to {@code maintainer}. */
    public OrganisationRef organisation(DistrictKey district, String maintainer) {
        OrganisationId id = OrganisationId.of(UUID.randomUUID());
        String name = "Frische-Verein " + id.value().toString().substring(0, 6);
        transactions.executeWithoutResult(tx -> organisations.register(id, district,
                new OrganisationDetails(name, OrganisationType.ASSOCIATION, null,
                        new Address("Hauptstraße 1", null, null, null), null, null, null, maintainer, null, Set.of(),
                        OrganisationStatus.ACTIVE), null, false));
        return new OrganisationRef(id, district, name, false);
    }

    /** A published offer last confirmed at {@code lastConfirmed}. */
    public OfferId published(OrganisationRef organisation, String name, Instant lastConfirmed) {
        OfferId id = OfferId.random();
        transactions.executeWithoutResult(tx -> {
            Offer offer = new Offer(id, organisation, OfferContents.online(name), Actor.system(), lastConfirmed,
                    LocalDate.ofInstant(lastConfirmed, ZoneId.of("Europe/Berlin")), false);
            offer.publish(Actor.system(), lastConfirmed);
            offer.drainEvents();
            entityManager.persist(offer);
        });
        return id;
    }

    public Offer offer(OfferId id) {
        return transactions.execute(tx -> {
            Offer offer = entityManager.find(Offer.class, id.value());
            offer.staleSince();
            return offer;
        });
    }

    public void change(OfferId id, Consumer<Offer> change) {
        transactions.executeWithoutResult(tx -> change.accept(entityManager.find(Offer.class, id.value())));
    }

    /** Issues a link as a run would, at {@code now}, without a mail. */
    public String issue(OfferId id, Instant now, Duration validity) {
        return transactions.execute(tx -> links.issue(entityManager.find(Offer.class, id.value()), now, validity))
                .token();
    }

    /** The mails GreenMail received for the recipient, oldest first; waits until there are at least {@code count}. */
    static List<MimeMessage> mailsTo(GreenMail greenMail, String recipient, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < deadline) {
            found = received(greenMail, recipient);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }

    /** What GreenMail holds for the recipient right now. */
    static List<MimeMessage> received(GreenMail greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a mail, decoded. */
    static String text(MimeMessage message) {
        try {
            return plain(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                    String found = plain(nested);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return "";
    }

    /** The token of the confirmation link in a mail. */
    static String token(MimeMessage message) {
        String body = text(message);
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No confirmation link in " + body);
        }
        return matcher.group(1);
    }
}
