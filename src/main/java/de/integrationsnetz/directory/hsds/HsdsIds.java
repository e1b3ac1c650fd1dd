package de.integrationsnetz.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of HSDS objects that are value objects to us (phones, languages, addresses, attributes, service areas, cost
 * options, accessibility): name-based (v3) from the owner's id and the object's role, so that they are stable across
 * exports and an export maps back to the same ids (docs/directory.md §3.4).
 */
public final class HsdsIds {

    private HsdsIds() {}

    public static UUID derived(UUID owner, String role) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:hsds:" + owner + ":" + role).getBytes(StandardCharsets.UTF_8));
    }

    /** The virtual location of an online offer (it has no location of its own). */
    public static UUID onlineLocation(UUID offer) {
        return derived(offer, "online-location");
    }

    /** The service_at_location of an online offer. */
    public static UUID onlineSite(UUID offer) {
        return derived(offer, "online-site");
    }
}
