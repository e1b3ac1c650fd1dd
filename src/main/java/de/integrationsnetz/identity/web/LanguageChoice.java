package de.integrationsnetz.identity.web;

/** An option of a language select, named in its own language (public for the templates). */
public record LanguageChoice(String code, String name) {}
