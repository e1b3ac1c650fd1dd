package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.OfferId;
import java.util.List;

/**
 * The sites of the offers a query finds, for a map.
 *
 * @param points at most {@value OfferSearch#MAP_POINTS} sites, nearest first when a place is given
 * @param offers offers found in total
 * @param truncated whether there were more sites than points
 */
public record OfferMap(List<Point> points, long offers, boolean truncated) {

    /** A site of an offer; an offer with several sites has several points. */
    public record Point(OfferId offer, String name, double latitude, double longitude) {}
}
