package de.integrationsnetz.directory.workbench;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * One page of the translation work list, and the counts per target language summed over every offer that matches
 * the filter (not just this page).
 */
public record WorkList(Page<WorkListRow> page, List<LanguageCounts> totals) {

    public WorkList {
        totals = List.copyOf(totals);
    }
}
