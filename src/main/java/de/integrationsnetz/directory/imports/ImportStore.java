package de.integrationsnetz.directory.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of an import kept outside the audited entity, written with JDBC: the uploaded file and the report rows.
 * Progress is written here too, in its own transaction, so that the job page sees it while the commit still runs
 * (and without touching the job's version).
 */
@Component
class ImportStore {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveFile(UUID job, byte[] content, Instant now) {
        jdbc.update("insert into directory.import_files (job_id, content, created_at) values (?, ?, ?)", job, content,
                Timestamp.from(now));
    }

    Optional<byte[]> file(UUID job) {
        List<byte[]> found = jdbc.query("select content from directory.import_files where job_id = ?",
                (rs, n) -> rs.getBytes(1), job);
        return found.stream().findFirst();
    }

    boolean hasFile(UUID job) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from directory.import_files where job_id = ?)", Boolean.class, job));
    }

    void replaceProblems(UUID job, List<ImportProblem> problems) {
        jdbc.update("delete from directory.import_errors where job_id = ?", job);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            ImportProblem p = problems.get(i);
            rows.add(new Object[] {job, i, p.line(), p.field(), p.code(), p.value(), p.warning()});
            if (rows.size() == BATCH) {
                insert(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            insert(rows);
        }
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("insert into directory.import_errors (job_id, seq, line, field, code, value, warning) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The report in file order: errors and warnings, one page. */
    List<ImportProblem> problems(UUID job, int offset, int limit) {
        return jdbc.query("select line, field, code, value, warning from directory.import_errors where job_id = ? "
                        + "order by line, seq offset ? limit ?",
                (rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), job, offset, limit);
    }

    int countProblems(UUID job) {
        Integer count = jdbc.queryForObject("select count(*) from directory.import_errors where job_id = ?",
                Integer.class, job);
        return count == null ? 0 : count;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID job, int processed) {
        jdbc.update("update directory.import_jobs set processed_rows = ? where id = ?", processed, job);
    }

    /** Deletes files uploaded before the instant; returns how many. */
    int deleteFilesBefore(Instant before) {
        return jdbc.update("delete from directory.import_files f where f.created_at < ? and not exists "
                + "(select 1 from directory.import_jobs j where j.id = f.job_id and j.demo)", Timestamp.from(before));
    }
}
