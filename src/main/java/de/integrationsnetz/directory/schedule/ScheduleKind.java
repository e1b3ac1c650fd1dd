package de.integrationsnetz.directory.schedule;

/** What a schedule of an offer describes. */
public enum ScheduleKind {
    /** Regular opening or consultation hours (a weekly rule with a time span). */
    OPENING_HOURS,
    /** Recurring dates such as "every first Tuesday of the month" (any RFC 5545 rule). */
    RECURRING,
    /** One date, no rule. */
    SINGLE_DATE
}
