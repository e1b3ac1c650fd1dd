package de.integrationsnetz.directory.cooperation;

import java.util.Comparator;

/** The columns the cooperation list sorts by. */
public enum CooperationSort {
    ORGANISATION(Comparator.comparing((CooperationListItem c) -> c.organisation().sortName(),
            String.CASE_INSENSITIVE_ORDER)),
    PARTNER(Comparator.comparing((CooperationListItem c) -> c.partner().sortName(), String.CASE_INSENSITIVE_ORDER)),
    TYPE(Comparator.comparing(CooperationListItem::type)),
    FROM(Comparator.comparing(CooperationListItem::validFrom));

    private final Comparator<CooperationListItem> order;

    CooperationSort(Comparator<CooperationListItem> order) {
        this.order = order;
    }

    /** The column's order, then organisation, partner and start, so that pages are stable. */
    Comparator<CooperationListItem> comparator(boolean descending) {
        Comparator<CooperationListItem> primary = descending ? order.reversed() : order;
        return primary.thenComparing(ORGANISATION.order).thenComparing(PARTNER.order)
                .thenComparing(CooperationListItem::validFrom)
                .thenComparing(c -> c.id().value());
    }
}
