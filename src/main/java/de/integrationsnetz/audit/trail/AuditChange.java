package de.integrationsnetz.audit.trail;

import org.jspecify.annotations.Nullable;

/** One changed property of an audited entity: its old and new value as text ({@code null} when absent). */
public record AuditChange(String field, @Nullable String oldValue, @Nullable String newValue) {}
