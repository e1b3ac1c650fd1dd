package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appoints coordinators, changes them (office, FTE, consent, municipalities) and ends their assignment. Every method
 * takes the district the caller works in: a coordinator of another district is treated as non-existent, and offices
 * and municipalities must belong to that district (checked against the geography).
 */
@Service
@Transactional
public class CoordinatorManagement {

    private final CoordinatorRepository coordinators;
    private final OfficeRepository offices;
    private final GeographyQueries geography;
    private final Today today;

    CoordinatorManagement(CoordinatorRepository coordinators, OfficeRepository offices, GeographyQueries geography,
            Today today) {
        this.coordinators = coordinators;
        this.offices = offices;
        this.geography = geography;
        this.today = today;
    }

    /** All coordinators of the district, former and planned ones included, sorted by name. */
    @Transactional(readOnly = true)
    public List<CoordinatorView> coordinatorsOf(DistrictKey district) {
        Map<OfficeId, String> officeNames = officeNames(district);
        LocalDate day = today.date();
        return coordinators.findByDistrictKey(district.value()).stream()
                .map(c -> CoordinatorView.of(c, officeNames.getOrDefault(c.office(), ""), day))
                .sorted(Comparator.comparing(CoordinatorView::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CoordinatorView> find(CoordinatorId id, DistrictKey district) {
        return coordinators.findByIdAndDistrictKey(id.value(), district.value())
                .map(c -> CoordinatorView.of(c, offices.findById(c.office().value()).map(Office::name).orElse(""),
                        today.date()));
    }

    public CoordinatorId appoint(DistrictKey district, OfficeId officeId, CoordinatorDetails details) {
        Office office = officeIn(district, officeId);
        checkMunicipalitiesExist(district, details.municipalities());
        Coordinator coordinator = new Coordinator(CoordinatorId.random(), office, details, false);
        return coordinators.save(coordinator).id();
    }

    /**
     * @throws ObjectOptimisticLockingFailureException when someone else changed the coordinator in the meantime
     * @throws NoSuchElementException when the district has no such coordinator
     * @throws CoordinationRuleViolation when the office or a municipality is not in the district, or the data is
     *     invalid
     */
    public void change(CoordinatorId id, DistrictKey district, long expectedVersion, OfficeId officeId,
            CoordinatorDetails details) {
        Coordinator coordinator = load(id, district, expectedVersion);
        Office office = officeIn(district, officeId);
        checkMunicipalitiesExist(district, details.municipalities());
        coordinator.change(office, details);
        coordinators.flush();
    }

    /** Sets the last working day; from the next day on the coordinator no longer counts. */
    public void endAssignment(CoordinatorId id, DistrictKey district, long expectedVersion, LocalDate lastDay) {
        Coordinator coordinator = load(id, district, expectedVersion);
        coordinator.endAssignment(lastDay);
        coordinators.flush();
    }

    private Coordinator load(CoordinatorId id, DistrictKey district, long expectedVersion) {
        Coordinator coordinator = coordinators.findByIdAndDistrictKey(id.value(), district.value())
                .orElseThrow(() -> new NoSuchElementException("No coordinator " + id + " in district " + district));
        if (coordinator.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Coordinator.class, id.value());
        }
        return coordinator;
    }

    private Office officeIn(DistrictKey district, OfficeId officeId) {
        return offices.findByIdAndDistrictKey(officeId.value(), district.value())
                .orElseThrow(() -> new CoordinationRuleViolation("officeId",
                        "coordination.coordinator.office.other-district",
                        "Office " + officeId + " is not in district " + district));
    }

    private void checkMunicipalitiesExist(DistrictKey district, Set<MunicipalityKey> municipalities) {
        if (municipalities.isEmpty()) {
            return;
        }
        Set<MunicipalityKey> known = geography.municipalitiesOf(district).stream()
                .map(MunicipalitySummary::key)
                .collect(Collectors.toSet());
        for (MunicipalityKey municipality : municipalities) {
            if (!known.contains(municipality)) {
                throw new CoordinationRuleViolation("municipalities",
                        "coordination.coordinator.municipalities.other-district",
                        "Municipality " + municipality + " is not in district " + district);
            }
        }
    }

    private Map<OfficeId, String> officeNames(DistrictKey district) {
        return offices.findByDistrictKey(district.value()).stream()
                .collect(Collectors.toMap(Office::id, Office::name));
    }
}
