package de.integrationsnetz.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the application sent to GreenMail, per recipient (tests share one server, so never count all mail). */
public final class MailInbox {

    private final GreenMail greenMail;

    public MailInbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Waits (up to 20 s) until a mail to this address has arrived and returns the newest one. */
    public MimeMessage awaitMailTo(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(recipient);
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail to " + recipient + " within 20 s");
    }

    /** Waits until this many mails to the address have arrived and returns them in order. */
    public List<MimeMessage> awaitMailsTo(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = mailsTo(recipient);
            if (found.size() >= count) {
                return found;
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("Fewer than " + count + " e-mails to " + recipient + " within 20 s");
    }

    public List<MimeMessage> mailsTo(String recipient) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(address -> address.toString().contains(recipient))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The decoded content of the first part with this MIME type (text/plain or text/html). */
    public static String part(MimeMessage message, String mimeType) throws Exception {
        String found = find(message, mimeType);
        assertThat(found).as("%s part of the e-mail", mimeType).isNotNull();
        return found;
    }

    private static String find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && part.getContent() instanceof String text) {
            return text;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The path of the one-time link in the mail's plain text (e.g. {@code /invitation/abc…}). */
    public static String linkPath(MimeMessage message, String prefix) throws Exception {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(part(message, "text/plain"));
        assertThat(matcher.find()).as("a link starting with %s in the e-mail", prefix).isTrue();
        return matcher.group(1);
    }
}
