package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.coordination.PublicPerson;
import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A kommunale/r Integrationskoordinator/in (KIK): works from one office of a district with a share of a full-time
 * position, is funded through a programme, and looks after a set of municipalities of the same district.
 *
 * <p>Invariants: FTE between 0.1 and 1.0 (two decimals at most); an end date is not before the start date; the office
 * and every assigned municipality belong to the coordinator's district; the funding share is 0–100 %. A coordinator
 * is <em>active</em> on a day from the start date up to and including the end date; inactive coordinators count
 * nowhere (head count, FTE, coverage, public page). Personal data is only published with consent.
 */
@Entity
@Table(name = "coordinators", schema = "coordination")
public class Coordinator implements DistrictScoped {

    public static final String DEFAULT_PROGRAMME = "Richtlinie Integrative Maßnahmen, Teil 2";
    public static final int DEFAULT_FUNDING_SHARE = 90;
    public static final BigDecimal MIN_FTE = new BigDecimal("0.1");
    public static final BigDecimal MAX_FTE = BigDecimal.ONE;

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "office_id", nullable = false)
    private UUID officeId;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "programme_basis", nullable = false, length = 200)
    private String programmeBasis;

    @Column(name = "funding_share_percent", nullable = false)
    private int fundingSharePercent;

    @Column(name = "work_phone", length = 50)
    private @Nullable String workPhone;

    @Column(name = "work_email", length = 320)
    private @Nullable String workEmail;

    @Column(name = "publish_name", nullable = false)
    private boolean publishName;

    @Column(name = "publish_phone", nullable = false)
    private boolean publishPhone;

    @Column(name = "publish_email", nullable = false)
    private boolean publishEmail;

    /** Batch-loaded: every list of coordinators reads their municipalities (one query per batch, not per row). */
    @ElementCollection
    @CollectionTable(name = "coordinator_municipalities", schema = "coordination",
            joinColumns = @JoinColumn(name = "coordinator_id"))
    @BatchSize(size = 100)
    @Column(name = "municipality_key", nullable = false, length = 8)
    private Set<String> municipalityKeys = new HashSet<>();

    @Column(name = "account_id")
    private @Nullable UUID accountId;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Coordinator() {}

    public Coordinator(CoordinatorId id, Office office, CoordinatorDetails details, boolean demo) {
        this.id = id.value();
        this.districtKey = office.district().value();
        this.demo = demo;
        apply(office, details);
    }

    /** Changes everything the county admin keeps about the coordinator, including office and municipalities. */
    public void change(Office office, CoordinatorDetails details) {
        apply(office, details);
    }

    /** Replaces the municipalities this coordinator looks after. */
    public void assign(Set<MunicipalityKey> municipalities) {
        this.municipalityKeys = new HashSet<>(checkedMunicipalities(municipalities));
    }

    /**
     * Ends the assignment: the coordinator stays on record (reports refer to them) but is inactive after this day,
     * so their municipalities show up as uncovered.
     */
    public void endAssignment(LocalDate lastDay) {
        if (lastDay.isBefore(startDate)) {
            throw new CoordinationRuleViolation("endDate", "coordination.coordinator.end-date.before-start",
                    "The end date " + lastDay + " is before the start date " + startDate);
        }
        this.endDate = lastDay;
    }

    private void apply(Office office, CoordinatorDetails details) {
        if (!office.district().equals(district())) {
            throw new CoordinationRuleViolation("officeId", "coordination.coordinator.office.other-district",
                    "Office " + office.id() + " is not in district " + districtKey);
        }
        BigDecimal checkedFte = checkedFte(details.fte());
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new CoordinationRuleViolation("endDate", "coordination.coordinator.end-date.before-start",
                    "The end date " + details.endDate() + " is before the start date " + details.startDate());
        }
        int share = details.fundingSharePercent() == null ? DEFAULT_FUNDING_SHARE : details.fundingSharePercent();
        if (share < 0 || share > 100) {
            throw new CoordinationRuleViolation("fundingSharePercent", "coordination.coordinator.funding-share.range",
                    "A funding share is between 0 and 100 %: " + share);
        }
        Set<String> keys = checkedMunicipalities(details.municipalities());
        String basis = Office.optional(details.programmeBasis());

        this.fullName = Office.required(details.fullName(), "fullName");
        this.officeId = office.id().value();
        this.fte = checkedFte;
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.programmeBasis = basis == null ? DEFAULT_PROGRAMME : basis;
        this.fundingSharePercent = share;
        this.workPhone = Office.optional(details.workPhone());
        this.workEmail = Office.optional(details.workEmail());
        this.publishName = details.consent().name();
        this.publishPhone = details.consent().phone();
        this.publishEmail = details.consent().email();
        this.municipalityKeys = new HashSet<>(keys);
        this.accountId = details.account() == null ? null : details.account().value();
    }

    private static BigDecimal checkedFte(@Nullable BigDecimal fte) {
        if (fte == null || fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0
                || fte.stripTrailingZeros().scale() > 2) {
            throw new CoordinationRuleViolation("fte", "coordination.coordinator.fte.range",
                    "A coordinator works 0.1 to 1.0 FTE with at most two decimals: " + fte);
        }
        return fte.setScale(2);
    }

    private Set<String> checkedMunicipalities(Set<MunicipalityKey> municipalities) {
        for (MunicipalityKey municipality : municipalities) {
            if (!municipality.district().equals(district())) {
                throw new CoordinationRuleViolation("municipalities",
                        "coordination.coordinator.municipalities.other-district",
                        "Municipality " + municipality + " is not in district " + districtKey);
            }
        }
        return municipalities.stream().map(MunicipalityKey::value).collect(Collectors.toSet());
    }

    /** Started on or before this day and not ended before it. */
    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** Has an end date in the past (planned coordinators, who start later, are not ended). */
    public boolean hasEndedBefore(LocalDate day) {
        return endDate != null && endDate.isBefore(day);
    }

    public boolean looksAfter(MunicipalityKey municipality) {
        return municipalityKeys.contains(municipality.value());
    }

    /** The data the public may see: only what the coordinator agreed to publish. */
    public PublicPerson publicPerson() {
        return new PublicPerson(publishName ? fullName : null, publishPhone ? workPhone : null,
                publishEmail ? workEmail : null);
    }

    public CoordinatorId id() {
        return new CoordinatorId(id);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    public String fullName() {
        return fullName;
    }

    public OfficeId office() {
        return new OfficeId(officeId);
    }

    public BigDecimal fte() {
        return fte;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }

    public String programmeBasis() {
        return programmeBasis;
    }

    public int fundingSharePercent() {
        return fundingSharePercent;
    }

    public @Nullable String workPhone() {
        return workPhone;
    }

    public @Nullable String workEmail() {
        return workEmail;
    }

    public PublicationConsent consent() {
        return new PublicationConsent(publishName, publishPhone, publishEmail);
    }

    /** The assigned municipalities, sorted by key. */
    public SortedSet<MunicipalityKey> municipalities() {
        return municipalityKeys.stream().map(MunicipalityKey::of).collect(Collectors.toCollection(TreeSet::new));
    }

    public @Nullable AccountId account() {
        return accountId == null ? null : new AccountId(accountId);
    }

    public boolean isDemo() {
        return demo;
    }

    public long version() {
        return version;
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }
}
