package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.shared.DistrictKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes and closes the offices of a district. Every method takes the district the caller works in: an
 * office of another district is treated as non-existent.
 */
@Service
@Transactional
public class OfficeManagement {

    private final OfficeRepository offices;
    private final CoordinatorRepository coordinators;
    private final Today today;

    OfficeManagement(OfficeRepository offices, CoordinatorRepository coordinators, Today today) {
        this.offices = offices;
        this.coordinators = coordinators;
        this.today = today;
    }

    /** The district's offices, sorted by name. */
    @Transactional(readOnly = true)
    public List<OfficeView> officesOf(DistrictKey district) {
        List<Office> found = offices.findByDistrictKey(district.value());
        List<Coordinator> staff = coordinators.findByOfficeIdIn(found.stream().map(o -> o.id().value()).toList());
        LocalDate day = today.date();
        return found.stream()
                .sorted(Comparator.comparing(Office::name, String.CASE_INSENSITIVE_ORDER))
                .map(office -> view(office, staff, day))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OfficeView> find(OfficeId id, DistrictKey district) {
        LocalDate day = today.date();
        return offices.findByIdAndDistrictKey(id.value(), district.value())
                .map(office -> view(office, coordinators.findByOfficeIdIn(List.of(id.value())), day));
    }

    public OfficeId open(DistrictKey district, OfficeDetails details) {
        Office office = new Office(OfficeId.random(), district, details, false);
        return offices.save(office).id();
    }

    /**
     * @param expectedVersion the version the user saw when opening the form
     * @throws ObjectOptimisticLockingFailureException when someone else changed the office in the meantime
     * @throws NoSuchElementException when the district has no such office
     */
    public void change(OfficeId id, DistrictKey district, long expectedVersion, OfficeDetails details) {
        Office office = load(id, district);
        if (office.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Office.class, id.value());
        }
        office.change(details);
        offices.flush();
    }

    /**
     * Deletes an office that no coordinator record (current or former) refers to.
     *
     * @throws CoordinationRuleViolation when the office is still in use
     */
    public void close(OfficeId id, DistrictKey district) {
        Office office = load(id, district);
        long users = coordinators.countByOfficeId(id.value());
        if (users > 0) {
            throw new CoordinationRuleViolation("office", "coordination.office.delete.in-use",
                    "Office " + id + " is still used by " + users + " coordinators");
        }
        offices.delete(office);
    }

    private Office load(OfficeId id, DistrictKey district) {
        return offices.findByIdAndDistrictKey(id.value(), district.value())
                .orElseThrow(() -> new NoSuchElementException("No office " + id + " in district " + district));
    }

    private static OfficeView view(Office office, List<Coordinator> staff, LocalDate day) {
        UUID id = office.id().value();
        List<Coordinator> own = staff.stream().filter(c -> c.office().value().equals(id)).toList();
        int active = (int) own.stream().filter(c -> c.isActiveOn(day)).count();
        return new OfficeView(office.contact(), office.isDemo(), office.version(), active, own.size());
    }
}
