package de.integrationsnetz.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.team.WorkloadRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkloadCsvTests {

    static final List<String> HEADER = List.of("Name", "Standort", "VzÄ", "Gemeinden", "Einwohner", "Einwohner je VzÄ");

    @Test
    void writesSpreadsheetFriendlyCsvWithTheUsersNumberFormat() {
        String csv = CoordinationOverviewController.WorkloadCsv.write(List.of(new WorkloadRow(CoordinatorId.random(),
                "Erika Test", "Freiberg", new BigDecimal("0.75"), 6, 60_000)), HEADER, Locale.GERMAN);

        assertThat(csv).startsWith("\uFEFF\"Name\";\"Standort\";\"VzÄ\"");
        assertThat(csv).contains("\"Erika Test\";\"Freiberg\";0,75;6;60000;80000\r\n");
    }

    @Test
    void neutralisesFormulasAndQuotes() {
        assertThat(CoordinationOverviewController.WorkloadCsv.cell("=HYPERLINK(\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CoordinationOverviewController.WorkloadCsv.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(CoordinationOverviewController.WorkloadCsv.cell("Anna Probe")).isEqualTo("\"Anna Probe\"");
    }

    @Test
    void computesInhabitantsPerFullTimeEquivalent() {
        WorkloadRow row = new WorkloadRow(CoordinatorId.random(), "Erika Test", "Freiberg", new BigDecimal("0.80"), 3,
                10_001);

        assertThat(row.inhabitantsPerFte()).isEqualTo(12_501);
    }
}
