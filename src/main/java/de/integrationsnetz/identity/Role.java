package de.integrationsnetz.identity;

/** What a user may do; a user's roles come from their memberships. See docs/architecture.md for the matrix. */
public enum Role {
    /** Staff of an organisation (Träger): keeps their own organisation's offers up to date. */
    PROVIDER,
    /** Mayor's office or municipal staff: their municipality's needs, interpreter requests and reports. */
    MUNICIPALITY,
    /** Kommunale/r Integrationskoordinator/in: works on the county's data. */
    COORDINATOR,
    /** Referat Soziale Integration: everything in their county, manages users and coordinators. */
    COUNTY_ADMIN,
    /** Interpreter service office: runs the interpreter pool of their county. */
    INTERPRETER_OFFICE,
    /** Community interpreter: own profile, availability, assignments. */
    INTERPRETER,
    /** Ministry: statewide aggregates only, no personal data. */
    STATE_OBSERVER,
    /** IT operations: system settings, no content. */
    OPERATOR;

    /** Whether the role applies within one district (a county administration can grant it) or statewide. */
    public boolean isDistrictScoped() {
        return this != STATE_OBSERVER && this != OPERATOR;
    }

    /** The Spring Security authority, e.g. {@code ROLE_COUNTY_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
