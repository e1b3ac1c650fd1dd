package de.integrationsnetz.identity.web;

/** One option of the municipality select: the 8-digit key and the official name (public for the templates). */
public record MunicipalityChoice(String key, String name) {}
