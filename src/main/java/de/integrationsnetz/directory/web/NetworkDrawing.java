package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.cooperation.CooperationListItem;
import de.integrationsnetz.directory.cooperation.NetworkNode;
import de.integrationsnetz.directory.cooperation.NetworkView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A network laid out on a circle for a server-rendered SVG (no JavaScript): a municipality's nodes on the circle, an
 * organisation's network with the organisation in the middle and its partners on the circle (direct partners first,
 * then those two hops away). Nodes come sorted by hop, kind and name, so that groups sit together; one ring keeps the
 * labels apart better than one ring per hop did. Coordinates are in a view box of {@link #WIDTH} × {@link #HEIGHT}, wider than high to leave room for the labels.
 */
public record NetworkDrawing(List<Node> nodes, List<Edge> edges) {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 860;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double NODE = 20;
    private static final double CENTRE_NODE = 28;
    private static final double RADIUS = 270;
    private static final int LABEL_MAX = 26;

    /** A drawn node; {@code href} is {@code null} when the node is not a link (coordinators). */
    public record Node(NetworkNode node, NodeGroup group, String path, String labelX, String labelY, String anchor,
            String label, @Nullable String href, boolean centre) {}

    /** A drawn edge from the cooperation's organisation to its partner, ending at the partner's outline. */
    public record Edge(CooperationListItem cooperation, String x1, String y1, String x2, String y2,
            String cssClass) {}

    private record Point(double x, double y, double size) {}

    /**
     * Lays out a network.
     *
     * @param link the link of an organisation node, or {@code null} for no link
     */
    static NetworkDrawing of(NetworkView view, Function<NetworkNode, @Nullable String> link) {
        Map<String, Point> points = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        NetworkNode centre = view.centre() == null ? null : view.node(view.centre()).orElse(null);
        List<NetworkNode> ring = view.nodes().stream().filter(n -> n != centre).toList();
        if (centre != null) {
            place(centre, CENTRE_X, CENTRE_Y, -90, true, points, nodes, link);
        }
        if (centre == null && ring.size() == 1) {
            place(ring.get(0), CENTRE_X, CENTRE_Y, -90, false, points, nodes, link);
        } else {
            for (int i = 0; i < ring.size(); i++) {
                double degrees = -90 + 360.0 * i / ring.size();
                double angle = Math.toRadians(degrees);
                place(ring.get(i), CENTRE_X + RADIUS * Math.cos(angle), CENTRE_Y + RADIUS * Math.sin(angle), degrees,
                        false, points, nodes, link);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (CooperationListItem cooperation : view.edges()) {
            Point from = points.get(cooperation.organisation().key());
            Point to = points.get(cooperation.partner().key());
            if (from == null || to == null) {
                continue;
            }
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double length = Math.max(1, Math.hypot(dx, dy));
            double startGap = from.size() + 2;
            double endGap = to.size() + (cooperation.directed() ? 6 : 2);
            edges.add(new Edge(cooperation, NodeGroup.n(from.x() + dx * startGap / length),
                    NodeGroup.n(from.y() + dy * startGap / length), NodeGroup.n(to.x() - dx * endGap / length),
                    NodeGroup.n(to.y() - dy * endGap / length),
                    "net-edge net-edge--" + cooperation.type().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return new NetworkDrawing(nodes, edges);
    }

    private static void place(NetworkNode node, double x, double y, double degrees, boolean isCentre,
            Map<String, Point> points, List<Node> nodes, Function<NetworkNode, @Nullable String> link) {
        double size = isCentre ? CENTRE_NODE : NODE;
        points.put(node.key(), new Point(x, y, size));
        NodeGroup group = NodeGroup.of(node);
        double angle = Math.toRadians(degrees);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        boolean alone = x == CENTRE_X && y == CENTRE_Y;
        double labelX = alone ? x : x + (size + 10) * cos;
        double labelY = alone ? y + size + 26 : y + (size + 10) * sin + (sin > 0.3 ? 18 : sin < -0.3 ? -4 : 7);
        String anchor = alone || Math.abs(cos) <= 0.3 ? "middle" : cos > 0 ? "start" : "end";
        String name = node.party().name() == null ? "" : node.party().name();
        String label = name.length() > LABEL_MAX ? name.substring(0, LABEL_MAX - 1).strip() + "…" : name;
        nodes.add(new Node(node, group, group.path(x, y, size), NodeGroup.n(labelX), NodeGroup.n(labelY), anchor,
                label, node.isOrganisation() ? link.apply(node) : null, isCentre));
    }
}
