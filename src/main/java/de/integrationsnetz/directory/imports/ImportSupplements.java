package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.OfferId;
import java.util.Map;

/**
 * Adds what the offer table does not hold to the offers a job has just written (for HSDS imports: schedules,
 * translations, further sites). Every bean of this type is called once per commit, at the END of the write: in the
 * same transaction, after all offers, their organisations, locations and child rows are in the database (written
 * through COPY, so they are visible to JPA and JDBC on the transaction's connection but not in the persistence
 * context). Throwing rolls the whole job back; throw {@link ImportRowsFailed} to name the line, field and reason in
 * the job's report. None by default.
 */
public interface ImportSupplements {

    /**
     * @param job the job being committed (status COMMITTING)
     * @param table the job's file as read for the commit, one row per offer
     * @param offersByLine the id of the offer written for each row, by {@link Table.Row#line()}
     */
    void apply(ImportJob job, Table table, Map<Integer, OfferId> offersByLine);
}
