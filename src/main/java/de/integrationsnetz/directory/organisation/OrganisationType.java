package de.integrationsnetz.directory.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The kind of actor, after the coordinators' network (seed list of the county). Each type is also a term of the
 * taxonomy {@code integrationsnetz-akteurstypen} (for HSDS); its UI label is {@code directory.organisation-type.<NAME>}.
 */
public enum OrganisationType {
    AGENTUR_FUER_ARBEIT("agentur-fuer-arbeit"),
    JOBCENTER("jobcenter"),
    WELFARE_ORGANISATION("wohlfahrtsverband"),
    ASSOCIATION("verein"),
    NETWORK("netzwerk"),
    VOLUNTEER_INITIATIVE("ehrenamtliche-initiative"),
    POLICE("polizei"),
    SCHOOL("schule"),
    DAY_CARE("kindertageseinrichtung"),
    RELIGIOUS_COMMUNITY("religionsgemeinschaft"),
    MIGRATION_COUNSELLING_MBE("migrationsberatung-mbe"),
    YOUTH_MIGRATION_SERVICE_JMD("jugendmigrationsdienst-jmd"),
    REFUGEE_SOCIAL_WORK("fluechtlingssozialarbeit"),
    EDUCATION_COORDINATION("bildungskoordination"),
    LABOUR_MARKET_MENTOR("arbeitsmarktmentoring"),
    VOLUNTEER_COORDINATION("ehrenamtskoordination"),
    AUTHORITY("behoerde"),
    OTHER("sonstige");

    /** The taxonomy holding one term per type. */
    public static final String TAXONOMY = "integrationsnetz-akteurstypen";

    private final String termCode;

    OrganisationType(String termCode) {
        this.termCode = termCode;
    }

    /** The code of this type's term in {@link #TAXONOMY}. */
    public String termCode() {
        return termCode;
    }

    /** The message key of the type's label. */
    public String messageKey() {
        return "directory.organisation-type." + name();
    }

    /** The type with this name, ignoring case; {@code null} for anything else. */
    public static @Nullable OrganisationType parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
