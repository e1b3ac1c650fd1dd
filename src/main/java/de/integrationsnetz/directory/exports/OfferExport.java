package de.integrationsnetz.directory.exports;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFilter;
import de.integrationsnetz.directory.offer.OfferListItem;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.identity.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of an export: the user's filtered offer list (same filter and order as the page, every page), or a
 * selection of offers (each must be in the user's scope). Reads in chunks of 200.
 */
@Service
@Transactional(readOnly = true)
public class OfferExport {

    /** The most rows one export writes. */
    public static final int MAX_ROWS = 50_000;
    private static final int CHUNK = 200;

    private final OfferManagement offers;
    private final DirectoryAccess access;
    private final EntityManager entityManager;

    OfferExport(OfferManagement offers, DirectoryAccess access, EntityManager entityManager) {
        this.offers = offers;
        this.access = access;
        this.entityManager = entityManager;
    }

    /** The rows of the filtered list, in the list's order. */
    public List<List<String>> rows(CurrentUser user, OfferFilter filter, Sort sort) {
        List<UUID> ids = new ArrayList<>();
        int page = 0;
        Page<OfferListItem> result;
        do {
            result = offers.list(user, filter, PageRequest.of(page++, 500, sort));
            result.forEach(item -> ids.add(item.id().value()));
        } while (result.hasNext() && ids.size() < MAX_ROWS);
        return rowsOf(ids);
    }

    /** The rows of the selected offers; an id outside the user's scope answers 404/403 like its page. */
    public List<List<String>> selection(CurrentUser user, Collection<OfferId> selected) {
        List<UUID> ids = selected.stream().map(OfferId::value).distinct().toList();
        Map<UUID, Offer> found = load(ids);
        for (Offer offer : found.values()) {
            access.require(user, offer.district(), offer.organisation(), Intent.READ);
        }
        if (found.size() != ids.size()) {
            throw new NotInScope(ids);
        }
        return rowsOf(ids);
    }

    private List<List<String>> rowsOf(List<UUID> ids) {
        List<List<String>> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<UUID, Offer> found = load(chunk);
            Set<UUID> locationIds = found.values().stream().map(OfferTable::firstSite)
                    .filter(java.util.Objects::nonNull).map(site -> site.location().value())
                    .collect(Collectors.toSet());
            Map<UUID, String> streets = new HashMap<>();
            if (!locationIds.isEmpty()) {
                entityManager.createQuery("select l from Location l where l.id in :ids", Location.class)
                        .setParameter("ids", locationIds).getResultList()
                        .forEach(location -> {
                            if (location.address().street() != null) {
                                streets.put(location.id().value(), location.address().street());
                            }
                        });
            }
            for (UUID id : chunk) {
                Offer offer = found.get(id);
                if (offer != null) {
                    OfferSite site = OfferTable.firstSite(offer);
                    rows.add(OfferTable.row(offer, site == null ? null : streets.get(site.location().value())));
                }
            }
            entityManager.clear();
        }
        return rows;
    }

    private Map<UUID, Offer> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select o from Offer o where o.id in :ids", Offer.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(offer -> offer.id().value(), offer -> offer));
    }
}
