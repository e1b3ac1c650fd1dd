package de.integrationsnetz.directory.translation;

/**
 * A public text that exists in German (the source, in its owner's own column) and may be translated into the six other
 * content languages. Offers: name to alert; organisations: description; locations: transportation and accessibility.
 */
public enum TranslatedField {
    NAME, DESCRIPTION, FEES, ELIGIBILITY, APPLICATION, ALERT, TRANSPORTATION, ACCESSIBILITY
}
