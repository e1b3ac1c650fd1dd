package de.integrationsnetz.identity;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;

/**
 * Names of districts and municipalities for the identity module's forms (the municipality a municipality account is
 * limited to). An optional port: the module that owns the reference geography may implement it. Identity cannot call
 * {@code geography.GeographyQueries} itself: geography depends on {@code platform :: api}, and platform depends on
 * identity, so that call would close a cycle. Without an implementation the forms take the 8-digit municipality key
 * (and the browser turns it into a select through the public JSON API, {@code static/js/identity.js}).
 */
public interface MunicipalityDirectory {

    /** The municipalities of a district, sorted by name; empty for an unknown district. */
    List<MunicipalityName> municipalitiesOf(DistrictKey district);

    /** The name of the district, for example Mittelsachsen. */
    Optional<String> districtName(DistrictKey district);

    /** The official name of the municipality (for example Freiberg, Stadt); empty for an unknown key. */
    Optional<String> municipalityName(MunicipalityKey municipality);

    /** A municipality as a select option: key and official name. */
    record MunicipalityName(MunicipalityKey key, String name) {}
}
