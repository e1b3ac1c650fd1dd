package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.coordination.CoordinatorSummary;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds network views from the cooperations running today. Per municipality: the organisations whose seat or served
 * municipalities include it, the cooperations among them and with coordinators, and the coordinators who look after
 * the municipality. Per organisation: the organisation and everyone within one hop (or two, on request), with every
 * running cooperation among them.
 */
@Service
@Transactional(readOnly = true)
public class NetworkViews {

    /** Organisation networks reach at most this far (the picture gets unreadable beyond). */
    public static final int MAX_HOPS = 2;

    private static final Comparator<NetworkNode> ORDER = Comparator
            .comparing((NetworkNode node) -> node.isOrganisation() ? 0 : 1)
            .thenComparing(node -> node.party().sortName(), String.CASE_INSENSITIVE_ORDER);

    private final CooperationManagement cooperations;
    private final CooperationAccess access;
    private final DistrictOrganisations organisations;

    NetworkViews(CooperationManagement cooperations, CooperationAccess access, DistrictOrganisations organisations) {
        this.cooperations = cooperations;
        this.access = access;
        this.organisations = organisations;
    }

    /**
     * The network of a municipality.
     *
     * @throws NotInScope for a municipality of a district the user does not work in
     * @throws AccessDeniedException for a municipality outside the user's scope in a district they work in
     */
    public NetworkView forMunicipality(CurrentUser user, MunicipalityKey municipality) {
        NetworkScope scope = access.scope(user);
        DistrictKey district = municipality.district();
        access.requireDistrict(user, scope, district, municipality);
        if (!scope.covers(municipality)) {
            throw new AccessDeniedException("No access to the network of " + municipality);
        }
        Map<OrganisationId, NetworkOrganisation> all = organisations.of(district);
        Map<UUID, CoordinatorSummary> coordinators = cooperations.coordinatorsById(district);
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        all.values().stream().filter(o -> o.belongsTo(municipality))
                .forEach(o -> nodes.put(key(o), organisationNode(o, 0)));
        List<CooperationListItem> edges = new ArrayList<>();
        for (CooperationListItem edge : running(district, all, coordinators)) {
            boolean organisationIn = nodes.containsKey(edge.organisation().key());
            boolean partnerIn = nodes.containsKey(edge.partner().key()) || edge.partner().isCoordinator();
            if (organisationIn && partnerIn) {
                edges.add(edge);
                nodes.computeIfAbsent(edge.partner().key(), k -> coordinatorNode(edge.partner(), coordinators, 0));
            }
        }
        coordinators.values().stream().filter(c -> c.looksAfter(municipality))
                .forEach(c -> nodes.computeIfAbsent("c-" + c.id().value(), k -> coordinatorNode(
                        CooperationManagement.coordinatorParty(c.id().value(), coordinators), coordinators, 0)));
        return new NetworkView(null, 0, nodes.values().stream().sorted(ORDER).toList(), edges, cooperations.today());
    }

    /**
     * The network around one organisation.
     *
     * @param hops 1 for its direct partners, 2 to include their partners too (other values are clamped)
     * @throws NotInScope for an organisation of a district the user does not work in
     * @throws AccessDeniedException for an organisation outside the user's scope in a district they work in
     */
    public NetworkView forOrganisation(CurrentUser user, OrganisationId id, int hops) {
        int reach = Math.max(1, Math.min(MAX_HOPS, hops));
        NetworkScope scope = access.scope(user);
        NetworkOrganisation centre = organisations.find(id).orElseThrow(() -> new NotInScope(id));
        access.requireDistrict(user, scope, centre.district(), id);
        if (!scope.covers(centre)) {
            throw new AccessDeniedException("No access to the network of organisation " + id);
        }
        DistrictKey district = centre.district();
        Map<OrganisationId, NetworkOrganisation> all = organisations.of(district);
        Map<UUID, CoordinatorSummary> coordinators = cooperations.coordinatorsById(district);
        List<CooperationListItem> running = running(district, all, coordinators);

        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(key(centre), 0);
        Set<String> frontier = Set.of(key(centre));
        for (int hop = 1; hop <= reach; hop++) {
            Set<String> next = new HashSet<>();
            for (CooperationListItem edge : running) {
                String a = edge.organisation().key();
                String b = edge.partner().key();
                if (frontier.contains(a) && !distance.containsKey(b)) {
                    next.add(b);
                } else if (frontier.contains(b) && !distance.containsKey(a)) {
                    next.add(a);
                }
            }
            for (String key : next) {
                distance.put(key, hop);
            }
            frontier = next;
        }
        List<CooperationListItem> edges = running.stream()
                .filter(edge -> distance.containsKey(edge.organisation().key())
                        && distance.containsKey(edge.partner().key()))
                .toList();
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        nodes.put(key(centre), organisationNode(centre, 0));
        for (CooperationListItem edge : edges) {
            for (Party party : List.of(edge.organisation(), edge.partner())) {
                nodes.computeIfAbsent(party.key(), k -> party.isOrganisation()
                        ? new NetworkNode(party, all.get(OrganisationId.of(party.id())), null, distance.get(k))
                        : coordinatorNode(party, coordinators, distance.get(k)));
            }
        }
        List<NetworkNode> ordered = nodes.values().stream()
                .sorted(Comparator.comparing(NetworkNode::hop).thenComparing(ORDER))
                .toList();
        return new NetworkView(key(centre), reach, ordered, edges, cooperations.today());
    }

    private List<CooperationListItem> running(DistrictKey district, Map<OrganisationId, NetworkOrganisation> all,
            Map<UUID, CoordinatorSummary> coordinators) {
        return cooperations.allOf(district, all, coordinators).stream().filter(CooperationListItem::current).toList();
    }

    private static String key(NetworkOrganisation organisation) {
        return "o-" + organisation.id().value();
    }

    private static NetworkNode organisationNode(NetworkOrganisation organisation, int hop) {
        return new NetworkNode(CooperationManagement.organisationParty(organisation.id().value(), organisation),
                organisation, null, hop);
    }

    private static NetworkNode coordinatorNode(Party party, Map<UUID, CoordinatorSummary> coordinators, int hop) {
        return new NetworkNode(party, null, coordinators.get(party.id()), hop);
    }
}
