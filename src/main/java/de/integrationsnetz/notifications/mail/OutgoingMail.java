package de.integrationsnetz.notifications.mail;

/** An e-mail ready to send: one recipient, a subject, and the same content as plain text and as HTML. */
record OutgoingMail(String to, String subject, String text, String html) {

    @Override
    public String toString() {
        return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
    }
}
