package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.hsds.HsdsDocuments.Audience;
import de.integrationsnetz.directory.hsds.HsdsDocuments.Context;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.shared.DistrictKey;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The back-office export of one district as HSDS (docs/directory.md §3.4): every organisation (with its locations
 * and all contact persons, each with {@code x_publish_consent}) and every offer whatever its status (with
 * {@code x_publication_status}), plus all taxonomies and terms; as one JSON bundle or as a tabular data package. The
 * caller checks that the user manages the district.
 */
@Service
@Transactional(readOnly = true)
public class HsdsExport {

    private final HsdsStore store;
    private final HsdsDocuments documents;

    HsdsExport(HsdsStore store, HsdsDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    /**
     * The bundle: {@code version} 3.0, {@code profile}, {@code x_district_ars}, and the arrays {@code organizations},
     * {@code services}, {@code taxonomies} and {@code taxonomy_terms}; services carry {@code organization_id} instead
     * of a nested organisation.
     */
    public ObjectNode bundle(DistrictKey district) {
        List<Organisation> organisations = store.organisationsOfDistrict(district);
        List<Offer> offers = store.offersOfDistrict(district);
        Context context = documents.context(Audience.EXPORT).withOrganisations(organisations).withOffers(offers);
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("version", "3.0");
        bundle.put("profile", documents.baseUrl() + "/hsds/profile");
        bundle.put("x_district_ars", district.value());
        ArrayNode organizationNodes = bundle.putArray("organizations");
        organisations.forEach(organisation -> organizationNodes.add(documents.organization(organisation, context, true)));
        ArrayNode services = bundle.putArray("services");
        offers.forEach(offer -> services.add(documents.service(offer, context, false)));
        ArrayNode taxonomies = bundle.putArray("taxonomies");
        store.taxonomies().forEach(taxonomy -> taxonomies.add(documents.taxonomy(taxonomy)));
        ArrayNode terms = bundle.putArray("taxonomy_terms");
        store.terms().forEach(term -> terms.add(documents.taxonomyTerm(term, context)));
        return bundle;
    }

    /** The bundle as a tabular data package (zip of CSVs and datapackage.json). */
    public void tabular(DistrictKey district, OutputStream out) {
        HsdsTabular.of(bundle(district)).writeZip(out, "integrationsnetz-hsds-" + district.value());
    }
}
