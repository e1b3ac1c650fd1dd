package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.DistrictStaffing;
import de.integrationsnetz.coordination.team.CoordinationOverview;
import de.integrationsnetz.coordination.team.DistrictOverview;
import de.integrationsnetz.coordination.team.WorkloadRow;
import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.web.SortOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordination overview: for county admins and coordinators their district's figures, uncovered municipalities
 * and workload (also as CSV); for the state observer the figures of every district, without names or contacts.
 */
@Controller
class CoordinationOverviewController {

    private static final Comparator<WorkloadRow> BY_NAME =
            Comparator.comparing(WorkloadRow::name, String.CASE_INSENSITIVE_ORDER);
    static final Map<String, Comparator<WorkloadRow>> COLUMNS = Map.of(
            "name", BY_NAME,
            "office", Comparator.comparing(WorkloadRow::officeName, String.CASE_INSENSITIVE_ORDER).thenComparing(BY_NAME),
            "fte", Comparator.comparing(WorkloadRow::fte).thenComparing(BY_NAME),
            "municipalities", Comparator.comparingInt(WorkloadRow::municipalities).thenComparing(BY_NAME),
            "inhabitants", Comparator.comparingLong(WorkloadRow::inhabitants).thenComparing(BY_NAME),
            "per-fte", Comparator.comparingLong(WorkloadRow::inhabitantsPerFte).thenComparing(BY_NAME));

    private final CoordinationOverview overview;
    private final GeographyQueries geography;
    private final MessageSource messages;

    CoordinationOverviewController(CoordinationOverview overview, GeographyQueries geography,
            MessageSource messages) {
        this.overview = overview;
        this.geography = geography;
        this.messages = messages;
    }

    @GetMapping("/app/coordination")
    @PreAuthorize(CoordinationPermissions.OVERVIEW)
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, Model model) {
        model.addAttribute("cap", DistrictStaffing.CAP);
        Optional<DistrictKey> district = CoordinationPermissions.readableDistrict(user);
        if (district.isEmpty()) {
            if (!user.hasRole(Role.STATE_OBSERVER)) {
                throw new AccessDeniedException("No coordination district");
            }
            return statewide(model);
        }
        DistrictOverview figures = overview.overviewOf(district.get());
        SortOrder order = SortOrder.of(sort, dir, COLUMNS, "name");
        model.addAttribute("overview", figures);
        model.addAttribute("staffing", figures.staffing());
        model.addAttribute("workload", order.apply(figures.workload(), COLUMNS));
        model.addAttribute("order", order);
        model.addAttribute("canManage", user.hasRoleIn(district.get(), Role.COUNTY_ADMIN));
        return "coordination/overview";
    }

    /** One row of the statewide table. */
    record DistrictRow(String name, DistrictStaffing staffing) {}

    private String statewide(Model model) {
        Map<DistrictKey, String> names = geography.districts().stream()
                .collect(Collectors.toMap(DistrictSummary::key, DistrictSummary::name));
        List<DistrictRow> rows = overview.staffingOfAllDistricts().stream()
                .map(s -> new DistrictRow(names.getOrDefault(s.district(), s.district().value()), s))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("totalHeadCount", rows.stream().mapToInt(r -> r.staffing().headCount()).sum());
        model.addAttribute("totalFte",
                rows.stream().map(r -> r.staffing().fte()).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("totalCovered", rows.stream().mapToInt(r -> r.staffing().municipalitiesCovered()).sum());
        model.addAttribute("totalMunicipalities",
                rows.stream().mapToInt(r -> r.staffing().municipalitiesTotal()).sum());
        return "coordination/statewide";
    }

    @GetMapping("/app/coordination/workload.csv")
    @PreAuthorize(CoordinationPermissions.READ)
    ResponseEntity<byte[]> workloadCsv(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
            Locale locale) {
        DistrictKey district = CoordinationPermissions.readDistrict(user);
        DistrictOverview figures = overview.overviewOf(district);
        List<WorkloadRow> rows = SortOrder.of(sort, dir, COLUMNS, "name").apply(figures.workload(), COLUMNS);
        byte[] body = WorkloadCsv.write(rows, header(locale), locale).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("workload-" + district + ".csv").build().toString())
                .body(body);
    }

    private List<String> header(Locale locale) {
        Function<String, String> text = key -> messages.getMessage("coordination.workload." + key, null, locale);
        return List.of(text.apply("name"), text.apply("office"), text.apply("fte"), text.apply("municipalities"),
                text.apply("inhabitants"), text.apply("per-fte"));
    }

    /** Spreadsheet-friendly CSV: UTF-8 with BOM, semicolons, numbers in the user's notation, no formula injection. */
    static final class WorkloadCsv {

        private WorkloadCsv() {}

        static String write(List<WorkloadRow> rows, List<String> header, Locale locale) {
            NumberFormat decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMinimumFractionDigits(2);
            decimals.setMaximumFractionDigits(2);
            decimals.setGroupingUsed(false);
            NumberFormat integers = NumberFormat.getIntegerInstance(locale);
            integers.setGroupingUsed(false);
            StringBuilder csv = new StringBuilder("\uFEFF");
            csv.append(header.stream().map(WorkloadCsv::cell).collect(Collectors.joining(";"))).append("\r\n");
            for (WorkloadRow row : rows) {
                csv.append(String.join(";", cell(row.name()), cell(row.officeName()), decimals.format(row.fte()),
                        integers.format(row.municipalities()), integers.format(row.inhabitants()),
                        integers.format(row.inhabitantsPerFte()))).append("\r\n");
            }
            return csv.toString();
        }

        /** Quotes a text cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
        static String cell(String value) {
            String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
    }
}
