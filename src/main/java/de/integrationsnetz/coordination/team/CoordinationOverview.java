package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.DistrictStaffing;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the county overview and the statewide figures from the active coordinators and the geography. */
@Service
@Transactional(readOnly = true)
public class CoordinationOverview {

    private final CoordinatorRepository coordinators;
    private final OfficeRepository offices;
    private final GeographyQueries geography;
    private final Today today;

    CoordinationOverview(CoordinatorRepository coordinators, OfficeRepository offices, GeographyQueries geography,
            Today today) {
        this.coordinators = coordinators;
        this.offices = offices;
        this.geography = geography;
        this.today = today;
    }

    public DistrictOverview overviewOf(DistrictKey district) {
        List<Coordinator> active = activeIn(district);
        List<MunicipalitySummary> municipalities = geography.municipalitiesOf(district);
        Map<MunicipalityKey, MunicipalitySummary> byKey = municipalities.stream()
                .collect(Collectors.toMap(MunicipalitySummary::key, Function.identity()));
        Map<OfficeId, String> officeNames = offices.findByDistrictKey(district.value()).stream()
                .collect(Collectors.toMap(Office::id, Office::name));

        Set<MunicipalityKey> covered = covered(active);
        List<MunicipalitySummary> uncovered = municipalities.stream()
                .filter(m -> !covered.contains(m.key()))
                .sorted(Comparator.comparing(MunicipalitySummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<WorkloadRow> workload = active.stream()
                .map(c -> new WorkloadRow(c.id(), c.fullName(), officeNames.getOrDefault(c.office(), ""), c.fte(),
                        c.municipalities().size(), c.municipalities().stream()
                                .map(byKey::get)
                                .filter(Objects::nonNull)
                                .mapToLong(MunicipalitySummary::population)
                                .sum()))
                .sorted(Comparator.comparing(WorkloadRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        String name = geography.district(district).map(DistrictSummary::name).orElse(district.value());
        return new DistrictOverview(name, staffing(district, active, municipalities), uncovered, workload);
    }

    public DistrictStaffing staffing(DistrictKey district) {
        return staffing(district, activeIn(district), geography.municipalitiesOf(district));
    }

    /** Every district of Saxony, in the geography's order. */
    public List<DistrictStaffing> staffingOfAllDistricts() {
        LocalDate day = today.date();
        Map<String, List<Coordinator>> activeByDistrict = coordinators.findAll().stream()
                .filter(c -> c.isActiveOn(day))
                .collect(Collectors.groupingBy(c -> c.district().value()));
        return geography.districts().stream()
                .map(d -> staffing(d.key(), activeByDistrict.getOrDefault(d.key().value(), List.of()),
                        geography.municipalitiesOf(d.key())))
                .toList();
    }

    private List<Coordinator> activeIn(DistrictKey district) {
        LocalDate day = today.date();
        return coordinators.findByDistrictKey(district.value()).stream().filter(c -> c.isActiveOn(day)).toList();
    }

    private static Set<MunicipalityKey> covered(List<Coordinator> active) {
        Set<MunicipalityKey> covered = new HashSet<>();
        active.forEach(c -> covered.addAll(c.municipalities()));
        return covered;
    }

    private static DistrictStaffing staffing(DistrictKey district, List<Coordinator> active,
            List<MunicipalitySummary> municipalities) {
        Set<MunicipalityKey> covered = covered(active);
        BigDecimal fte = active.stream().map(Coordinator::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<MunicipalitySummary> coveredMunicipalities =
                municipalities.stream().filter(m -> covered.contains(m.key())).toList();
        return new DistrictStaffing(district, active.size(), fte, coveredMunicipalities.size(), municipalities.size(),
                coveredMunicipalities.stream().mapToLong(MunicipalitySummary::population).sum(),
                municipalities.stream().mapToLong(MunicipalitySummary::population).sum());
    }
}
