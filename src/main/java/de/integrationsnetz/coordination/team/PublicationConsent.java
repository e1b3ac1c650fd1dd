package de.integrationsnetz.coordination.team;

/**
 * Which of a coordinator's personal data they agreed to have published on the public page. The office contact is
 * always public and needs no consent. Without consent nothing is published (the default).
 */
public record PublicationConsent(boolean name, boolean phone, boolean email) {

    public static final PublicationConsent NONE = new PublicationConsent(false, false, false);
    public static final PublicationConsent ALL = new PublicationConsent(true, true, true);
}
