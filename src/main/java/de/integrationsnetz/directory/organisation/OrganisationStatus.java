package de.integrationsnetz.directory.organisation;

/** Whether an organisation is still active; inactive ones stay for the record (and for their offers' history). */
public enum OrganisationStatus {
    ACTIVE, INACTIVE
}
