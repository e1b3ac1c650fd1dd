package de.integrationsnetz.directory.search;

/**
 * A filter of the finder whose values are counted (docs/directory.md §4.5). The parameter is the URL parameter of
 * §5.1; the label key is {@code directory.search.facet.<parameter>}.
 */
public enum FacetGroup {
    /** Offer categories (taxonomy {@code integrationsnetz-angebote}), parents included. */
    CATEGORY("cat", true),
    /** Target groups (taxonomy {@code integrationsnetz-zielgruppen}). */
    TARGET_GROUP("tg", true),
    /** Languages spoken in the offer. */
    SPOKEN("spoken", true),
    /** Municipalities served (only counted within a district). */
    MUNICIPALITY("mun", true),
    /** Course levels A1 to C2. */
    LEVEL("level", true),
    /** Free of charge. */
    FREE("free", false),
    /** Barrier-free. */
    ACCESS("access", false),
    /** Starts within the next four weeks. */
    SOON("soon", false);

    private final String parameter;
    private final boolean multiValued;

    FacetGroup(String parameter, boolean multiValued) {
        this.parameter = parameter;
        this.multiValued = multiValued;
    }

    public String parameter() {
        return parameter;
    }

    /** Several values may be chosen (OR within the group); otherwise the group is a single yes/no filter. */
    public boolean multiValued() {
        return multiValued;
    }

    public String labelKey() {
        return "directory.search.facet." + parameter;
    }
}
