package de.integrationsnetz.directory.offer;

/**
 * Yes/no features of an offer, each a filter in the finder: free of charge, registration or appointment needed,
 * barrier-free, low-threshold, run by volunteers, available online, available by phone.
 */
public record OfferFlags(boolean freeOfCharge, boolean registrationRequired, boolean appointmentRequired,
        boolean barrierFree, boolean lowThreshold, boolean volunteerRun, boolean online, boolean byPhone) {

    public static final OfferFlags NONE = new OfferFlags(false, false, false, false, false, false, false, false);
}
