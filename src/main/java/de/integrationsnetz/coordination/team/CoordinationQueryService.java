package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.CoordinationQueries;
import de.integrationsnetz.coordination.CoordinatorSummary;
import de.integrationsnetz.coordination.DistrictStaffing;
import de.integrationsnetz.coordination.OfficeContact;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.coordination.PublicPerson;
import de.integrationsnetz.coordination.ResponsibleOffice;
import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's read API: public contacts and aggregated figures only. */
@Service
@Transactional(readOnly = true)
class CoordinationQueryService implements CoordinationQueries {

    private static final Comparator<Office> BY_NAME = Comparator.comparing(Office::name, String.CASE_INSENSITIVE_ORDER);

    private final CoordinatorRepository coordinators;
    private final OfficeRepository offices;
    private final CoordinationOverview overview;
    private final Today today;

    CoordinationQueryService(CoordinatorRepository coordinators, OfficeRepository offices,
            CoordinationOverview overview, Today today) {
        this.coordinators = coordinators;
        this.offices = offices;
        this.overview = overview;
        this.today = today;
    }

    @Override
    public List<ResponsibleOffice> responsibleFor(MunicipalityKey municipality) {
        LocalDate day = today.date();
        List<Coordinator> active = coordinators.findByMunicipality(municipality.value()).stream()
                .filter(c -> c.isActiveOn(day))
                .filter(c -> c.district().equals(municipality.district()))
                .sorted(Comparator.comparing(Coordinator::fullName))
                .toList();
        Map<OfficeId, List<Coordinator>> byOffice = active.stream()
                .collect(Collectors.groupingBy(Coordinator::office, LinkedHashMap::new, Collectors.toList()));
        return offices.findAllById(byOffice.keySet().stream().map(OfficeId::value).toList()).stream()
                .sorted(BY_NAME)
                .map(office -> {
                    List<Coordinator> staff = byOffice.get(office.id());
                    List<PublicPerson> people = staff.stream()
                            .map(Coordinator::publicPerson)
                            .filter(PublicPerson::hasAnything)
                            .toList();
                    return new ResponsibleOffice(office.contact(), staff.size(), people);
                })
                .toList();
    }

    @Override
    public List<OfficeContact> officesOf(DistrictKey district) {
        return offices.findByDistrictKey(district.value()).stream().sorted(BY_NAME).map(Office::contact).toList();
    }

    @Override
    public DistrictStaffing staffing(DistrictKey district) {
        return overview.staffing(district);
    }

    @Override
    public List<DistrictStaffing> staffingOfAllDistricts() {
        return overview.staffingOfAllDistricts();
    }

    @Override
    public Set<MunicipalityKey> municipalitiesLookedAfterBy(AccountId account) {
        LocalDate day = today.date();
        return coordinators.findByAccountId(account.value()).stream()
                .filter(c -> c.isActiveOn(day))
                .flatMap(c -> c.municipalities().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public List<CoordinatorSummary> coordinatorsOf(DistrictKey district) {
        LocalDate day = today.date();
        Map<OfficeId, String> officeNames = offices.findByDistrictKey(district.value()).stream()
                .collect(Collectors.toMap(Office::id, Office::name));
        return coordinators.findByDistrictKey(district.value()).stream()
                .filter(c -> c.isActiveOn(day))
                .sorted(Comparator.comparing(Coordinator::fullName, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new CoordinatorSummary(c.id(), c.fullName(), officeNames.getOrDefault(c.office(), ""),
                        List.copyOf(c.municipalities())))
                .toList();
    }
}
