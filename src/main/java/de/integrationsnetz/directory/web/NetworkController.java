package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.cooperation.CooperationListItem;
import de.integrationsnetz.directory.cooperation.CooperationManagement;
import de.integrationsnetz.directory.cooperation.CooperationPermissions;
import de.integrationsnetz.directory.cooperation.CooperationType;
import de.integrationsnetz.directory.cooperation.NetworkNode;
import de.integrationsnetz.directory.cooperation.NetworkScope;
import de.integrationsnetz.directory.cooperation.NetworkView;
import de.integrationsnetz.directory.cooperation.NetworkViews;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network view, per municipality ({@code /app/directory/network?municipality=<AGS>}) and around one organisation
 * ({@code /app/directory/organisations/{id}/network}, {@code ?hops=2} for partners of partners). Each page shows the
 * grouped table (the accessible primary view), a server-rendered SVG drawing and, when JavaScript runs, a map.
 */
@Controller
@PreAuthorize(CooperationPermissions.READ)
class NetworkController {

    static final String NETWORK = "/app/directory/network";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NetworkViews networks;
    private final CooperationManagement cooperations;
    private final GeographyQueries geography;

    NetworkController(NetworkViews networks, CooperationManagement cooperations, GeographyQueries geography) {
        this.networks = networks;
        this.cooperations = cooperations;
        this.geography = geography;
    }

    @GetMapping(NETWORK)
    String municipality(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String municipality, Model model) {
        NetworkScope scope = cooperations.scope(user);
        List<MunicipalitySummary> choices = geography.municipalitiesOf(scope.district()).stream()
                .filter(m -> scope.covers(m.key()))
                .toList();
        MunicipalityKey selected = MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality) : null;
        if (selected == null && choices.size() == 1) {
            selected = choices.get(0).key();
        }
        model.addAttribute("choices", choices);
        model.addAttribute("selected", selected == null ? "" : selected.value());
        if (selected != null) {
            NetworkView view = networks.forMunicipality(user, selected);
            model.addAttribute("municipalityName", new MunicipalityNames(geography).of(selected));
            show(model, scope, view);
        }
        return "directory/network/municipality";
    }

    @GetMapping("/app/directory/organisations/{id}/network")
    String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") int hops, Model model) {
        NetworkScope scope = cooperations.scope(user);
        NetworkView view = networks.forOrganisation(user, OrganisationId.of(id), hops);
        NetworkNode centre = view.node(view.centre()).orElseThrow();
        model.addAttribute("centre", centre);
        model.addAttribute("hops", view.hops());
        show(model, scope, view);
        return "directory/network/organisation";
    }

    private void show(Model model, NetworkScope scope, NetworkView view) {
        Function<NetworkNode, @Nullable String> link = node -> scope.canEdit()
                ? "/app/directory/organisations/" + node.party().id()
                : node.organisation() != null && scope.covers(node.organisation())
                        ? "/app/directory/organisations/" + node.party().id() + "/network" : null;
        Map<String, String> links = new LinkedHashMap<>();
        view.organisations().forEach(node -> {
            String href = link.apply(node);
            if (href != null) {
                links.put(node.key(), href);
            }
        });
        model.addAttribute("view", view);
        model.addAttribute("links", links);
        model.addAttribute("drawing", NetworkDrawing.of(view, link));
        model.addAttribute("viewBox", "0 0 " + NetworkDrawing.WIDTH + " " + NetworkDrawing.HEIGHT);
        model.addAttribute("groups", NodeGroup.values());
        model.addAttribute("cooperationTypes", CooperationType.values());
        model.addAttribute("canEdit", scope.canEdit());
        model.addAttribute("canOpenOrganisations", scope.canEdit());
        model.addAttribute("boundary", "/api/v1/districts/" + scope.district().value() + "/boundaries");
        model.addAttribute("mapNodes", mapNodes(view));
        model.addAttribute("mapEdges", mapEdges(view));
    }

    /** Organisations with coordinates, for the optional map (JSON in a data attribute, read by directory-network.js). */
    private static String mapNodes(NetworkView view) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkNode node : view.organisations()) {
            Coordinates point = node.organisation() == null ? null : node.organisation().coordinates();
            if (point == null) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", node.key());
            entry.put("name", node.party().name());
            entry.put("group", NodeGroup.of(node).cssClass().replace("net-node ", ""));
            entry.put("lat", point.latitude());
            entry.put("lon", point.longitude());
            nodes.add(entry);
        }
        return JSON.writeValueAsString(nodes);
    }

    private static String mapEdges(NetworkView view) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (CooperationListItem edge : view.edges()) {
            if (!edge.partner().isOrganisation()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", edge.organisation().key());
            entry.put("to", edge.partner().key());
            entry.put("type", edge.type().name());
            entry.put("directed", edge.directed());
            edges.add(entry);
        }
        return JSON.writeValueAsString(edges);
    }
}
