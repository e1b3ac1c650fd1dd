package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.cooperation.NetworkNode;
import de.integrationsnetz.directory.organisation.OrganisationType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the network drawing tells kinds of nodes apart: each group has its own shape AND colour (never colour alone),
 * explained in the legend. Organisation types are grouped, because eighteen shapes could not be told apart.
 * Colours are CSS classes ({@code net-node--<name>} in directory-network.css), so dark mode can change them.
 */
public enum NodeGroup {
    PUBLIC_SERVICE(Shape.SQUARE, OrganisationType.AGENTUR_FUER_ARBEIT, OrganisationType.JOBCENTER,
            OrganisationType.AUTHORITY, OrganisationType.POLICE),
    COUNSELLING(Shape.CIRCLE, OrganisationType.MIGRATION_COUNSELLING_MBE, OrganisationType.YOUTH_MIGRATION_SERVICE_JMD,
            OrganisationType.REFUGEE_SOCIAL_WORK, OrganisationType.WELFARE_ORGANISATION),
    EDUCATION(Shape.TRIANGLE, OrganisationType.SCHOOL, OrganisationType.DAY_CARE,
            OrganisationType.EDUCATION_COORDINATION, OrganisationType.LABOUR_MARKET_MENTOR),
    CIVIL_SOCIETY(Shape.DIAMOND, OrganisationType.ASSOCIATION, OrganisationType.VOLUNTEER_INITIATIVE,
            OrganisationType.RELIGIOUS_COMMUNITY, OrganisationType.VOLUNTEER_COORDINATION),
    NETWORK(Shape.HEXAGON, OrganisationType.NETWORK, OrganisationType.OTHER),
    COORDINATION(Shape.STAR);

    enum Shape { SQUARE, CIRCLE, TRIANGLE, DIAMOND, HEXAGON, STAR }

    private final Shape shape;
    private final List<OrganisationType> types;

    NodeGroup(Shape shape, OrganisationType... types) {
        this.shape = shape;
        this.types = List.of(types);
    }

    static NodeGroup of(NetworkNode node) {
        if (!node.isOrganisation() || node.party().organisationType() == null) {
            return node.isOrganisation() ? NETWORK : COORDINATION;
        }
        OrganisationType type = node.party().organisationType();
        return Arrays.stream(values()).filter(group -> group.types.contains(type)).findFirst().orElse(NETWORK);
    }

    public List<OrganisationType> types() {
        return types;
    }

    public String messageKey() {
        return "directory.network.group." + name();
    }

    public String cssClass() {
        return "net-node net-node--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The SVG path of this group's shape around (x, y) with "radius" r. */
    public String path(double x, double y, double r) {
        return switch (shape) {
            case SQUARE -> "M" + n(x - r * 0.85) + " " + n(y - r * 0.85) + "h" + n(r * 1.7) + "v" + n(r * 1.7)
                    + "h" + n(-r * 1.7) + "Z";
            case CIRCLE -> "M" + n(x - r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0"
                    + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(-2 * r) + " 0Z";
            case TRIANGLE -> polygon(x, y + r * 0.15, r * 1.15, 3, -90);
            case DIAMOND -> polygon(x, y, r * 1.1, 4, -90);
            case HEXAGON -> polygon(x, y, r, 6, 0);
            case STAR -> star(x, y, r * 1.2, r * 0.5);
        };
    }

    private static String polygon(double x, double y, double r, int corners, double startDegrees) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < corners; i++) {
            double angle = Math.toRadians(startDegrees + 360.0 * i / corners);
            path.append(i == 0 ? "M" : "L").append(n(x + r * Math.cos(angle))).append(' ')
                    .append(n(y + r * Math.sin(angle)));
        }
        return path.append('Z').toString();
    }

    private static String star(double x, double y, double outer, double inner) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.toRadians(-90 + 36.0 * i);
            path.append(i == 0 ? "M" : "L").append(n(x + r * Math.cos(angle))).append(' ')
                    .append(n(y + r * Math.sin(angle)));
        }
        return path.append('Z').toString();
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
