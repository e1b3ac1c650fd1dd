package de.integrationsnetz.directory.schedule;

/**
 * The recurrence patterns that the offer form offers without RFC 5545 knowledge; {@link #CUSTOM} is any other rule,
 * entered and shown as the raw rule. See {@link RuleShape} for how a rule is recognised as one of them.
 */
public enum RepeatPattern {
    /** {@code FREQ=WEEKLY;BYDAY=TU,TH}: on the given days every week. */
    WEEKLY,
    /** {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=WE}: on the given days every n-th week, counted from the start date. */
    EVERY_N_WEEKS,
    /** {@code FREQ=MONTHLY;BYDAY=1TU} or {@code -1FR}: the first to fourth or the last weekday of a month. */
    MONTHLY_NTH_WEEKDAY,
    /** {@code FREQ=DAILY}: every day. */
    DAILY,
    /** Any other RFC 5545 rule. */
    CUSTOM
}
