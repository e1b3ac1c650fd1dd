package de.integrationsnetz.directory.schedule;

/** How people attend during a schedule's times (HSDS {@code schedule.attending_type}). */
public enum Attendance {
    IN_PERSON, ONLINE, PHONE
}
