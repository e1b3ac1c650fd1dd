package de.integrationsnetz.directory.search;

/** A code (term code, language code, AGS …) with its label in the requested language. */
public record Label(String code, String label) {}
