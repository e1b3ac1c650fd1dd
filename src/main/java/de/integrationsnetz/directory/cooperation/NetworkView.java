package de.integrationsnetz.directory.cooperation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A network at one day: its nodes (organisations and coordinators) and edges (the cooperations running that day
 * between them). Built by {@link NetworkViews} for a municipality or around one organisation.
 *
 * @param centre the key of the organisation in the middle of an organisation's network; {@code null} for a municipality
 * @param hops how far an organisation's network reaches (1 or 2); 0 for a municipality
 */
public record NetworkView(@Nullable String centre, int hops, List<NetworkNode> nodes,
        List<CooperationListItem> edges, LocalDate day) {

    public NetworkView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public List<NetworkNode> organisations() {
        return nodes.stream().filter(NetworkNode::isOrganisation).toList();
    }

    public List<NetworkNode> coordinators() {
        return nodes.stream().filter(node -> !node.isOrganisation()).toList();
    }

    public Optional<NetworkNode> node(String key) {
        return nodes.stream().filter(node -> node.key().equals(key)).findFirst();
    }

    /** The cooperations of one node, by type and then the other side's name. */
    public List<CooperationListItem> edgesOf(NetworkNode node) {
        return edges.stream()
                .filter(edge -> edge.organisation().key().equals(node.key()) || edge.partner().key().equals(node.key()))
                .sorted(Comparator.comparing(CooperationListItem::type)
                        .thenComparing(edge -> edge.otherSide(node.key()).sortName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
