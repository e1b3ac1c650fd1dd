package de.integrationsnetz.coordination;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Set;

/**
 * Read access to the coordination for other modules. Everything returned here is public (office contacts and
 * published coordinator data) or aggregated without personal data, except {@link #coordinatorsOf(DistrictKey)}, which
 * is for the district's own logged-in back office.
 */
public interface CoordinationQueries {

    /**
     * The offices whose active coordinators look after this municipality, with the coordinators' published data;
     * empty when no active coordinator is assigned (then see {@link #officesOf(DistrictKey)}).
     */
    List<ResponsibleOffice> responsibleFor(MunicipalityKey municipality);

    /** All offices of a district, sorted by name; empty when the district has none. */
    List<OfficeContact> officesOf(DistrictKey district);

    /** The district's figures (head count, FTE, coverage); zeros when it has no coordinators. */
    DistrictStaffing staffing(DistrictKey district);

    /** The figures of every district of Saxony, in the order of the geography's district list. */
    List<DistrictStaffing> staffingOfAllDistricts();

    /** The municipalities the active coordinator linked to this account looks after; empty when none is linked. */
    Set<MunicipalityKey> municipalitiesLookedAfterBy(AccountId account);

    /**
     * The district's active coordinators, sorted by name, with their office and municipalities. Internal back-office
     * data: callers show it only to logged-in staff of that district.
     */
    List<CoordinatorSummary> coordinatorsOf(DistrictKey district);
}
