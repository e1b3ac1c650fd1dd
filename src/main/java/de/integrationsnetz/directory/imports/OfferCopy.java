package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.schedule.RecurrenceRule;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.translation.Translation;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes offers built in memory (by {@link Offer#imported}, so with every invariant of the entity checked) to
 * {@code directory.offers} and every child table an offer has ({@code offer_sites}, {@code offer_schedules},
 * {@code offer_classifications}, {@code offer_languages}, {@code offer_service_areas}, {@code offer_contacts},
 * {@code offer_translations}) through PostgreSQL {@code COPY … FROM STDIN} (text format) on the transaction's
 * connection (docs/directory.md §7.2). The columns are the entity's mapping (V2__create_offer_tables.sql), the values
 * its getters: a row written here reads back through JPA as the same offer, with {@code version} 0 as Hibernate
 * would have stored it.
 *
 * <p>Bypasses Hibernate on purpose (§10 risk 6): no entity listeners, no audit entry per row, no automatic indexing.
 * Rows are buffered and sent every {@link #CHUNK} offers (offers first, then their children, so the foreign keys
 * hold). Not thread-safe; one instance per write.
 */
final class OfferCopy {

    static final int CHUNK = 2_000;

    static final String OFFERS = "COPY directory.offers (id, district_key, organisation_id, provider_name, status, "
            + "archive_reason, name, name_key, description, fees_note, eligibility_note, application_note, alert, url, "
            + "email, phone, online_url, free_of_charge, registration_required, appointment_required, barrier_free, "
            + "low_threshold, volunteer_run, online, by_phone, whole_district, min_age, max_age, valid_from, "
            + "valid_until, course_level, course_start, course_end, places_total, places_free, registration_deadline, "
            + "next_start, last_confirmed_at, stale_since, withdrawn_at, pending_revision, pending_revision_by, "
            + "pending_revision_at, submitted_at, published_at, reviewed_by, review_note, import_job_id, demo, "
            + "hsds_extra, created_at, updated_at, version) FROM STDIN";
    static final String SITES = "COPY directory.offer_sites (id, offer_id, location_id, description, latitude, "
            + "longitude, municipality_key, postal_code, city) FROM STDIN";
    static final String SCHEDULES = "COPY directory.offer_schedules (offer_id, id, site_id, kind, rrule, dtstart, "
            + "opens_at, closes_at, valid_from, valid_until, attending, note) FROM STDIN";
    static final String CLASSIFICATIONS = "COPY directory.offer_classifications (offer_id, term_id, taxonomy, code) "
            + "FROM STDIN";
    static final String LANGUAGES = "COPY directory.offer_languages (offer_id, code) FROM STDIN";
    static final String SERVICE_AREAS = "COPY directory.offer_service_areas (offer_id, municipality_key) FROM STDIN";
    static final String CONTACTS = "COPY directory.offer_contacts (offer_id, contact_person_id) FROM STDIN";
    static final String TRANSLATIONS = "COPY directory.offer_translations (offer_id, field, language, text, status, "
            + "source_hash, machine, translated_at, translated_by) FROM STDIN";

    private final Connection connection;
    private final Runnable beforeSend;
    private final Table[] tables = {new Table(OFFERS), new Table(SITES), new Table(SCHEDULES),
            new Table(CLASSIFICATIONS), new Table(LANGUAGES), new Table(SERVICE_AREAS), new Table(CONTACTS),
            new Table(TRANSLATIONS)};
    private int buffered;
    private int written;
    private long sendNanos;

    /**
     * @param connection the transaction's connection (a pgjdbc connection, possibly wrapped by the pool)
     * @param beforeSend runs before every send (the writer flushes the persistence context, so that organisations
     *     and locations created through JPA are in the database before the offers that reference them)
     */
    OfferCopy(Connection connection, Runnable beforeSend) {
        this.connection = connection;
        this.beforeSend = beforeSend;
    }

    /** Buffers the offer and its child rows; sends the buffer every {@link #CHUNK} offers. */
    void add(Offer offer) {
        if (offer.hasPendingRevision() || offer.version() != 0) {
            throw new IllegalArgumentException("Only new offers are copied: " + offer.id());
        }
        String id = offer.id().value().toString();
        OfferFlags flags = offer.flags();
        CourseDetails course = offer.course();
        tables[0].row(id, offer.district().value(), offer.organisation().value(), offer.providerName(),
                offer.status().name(), offer.archiveReason().map(Enum::name).orElse(null), offer.name(),
                offer.nameKey(), offer.description(), offer.feesNote(), offer.eligibilityNote(),
                offer.applicationNote(), offer.alert(), offer.url(), offer.email(), offer.phone(), offer.onlineUrl(),
                flags.freeOfCharge(), flags.registrationRequired(), flags.appointmentRequired(), flags.barrierFree(),
                flags.lowThreshold(), flags.volunteerRun(), flags.online(), flags.byPhone(), offer.wholeDistrict(),
                offer.minAge(), offer.maxAge(), offer.validFrom(), offer.validUntil(),
                course.level() == null ? null : course.level().name(), course.start(), course.end(),
                course.placesTotal(), course.placesFree(), course.registrationDeadline(), offer.nextStart(),
                offer.lastConfirmedAt(), offer.staleSince().orElse(null), offer.withdrawnAt().orElse(null), null,
                offer.pendingRevisionBy().orElse(null), offer.pendingRevisionAt().orElse(null),
                offer.submittedAt().orElse(null), offer.publishedAt().orElse(null), offer.reviewedBy().orElse(null),
                offer.reviewNote(), offer.importJobId().orElse(null), offer.isDemo(), offer.hsdsExtra(),
                offer.createdAt(), offer.updatedAt(), offer.version());
        for (OfferSite site : offer.sites()) {
            SiteData data = site.toData();
            tables[1].row(site.id(), id, data.locationId(), data.description(), data.latitude(), data.longitude(),
                    data.municipalityKey(), data.postalCode(), data.city());
        }
        for (Schedule schedule : offer.schedules()) {
            tables[2].row(id, schedule.id(), schedule.siteId().orElse(null), schedule.kind().name(),
                    schedule.rule().map(RecurrenceRule::value).orElse(null), schedule.start(),
                    schedule.opensAt().orElse(null), schedule.closesAt().orElse(null),
                    schedule.validFrom().orElse(null), schedule.validUntil().orElse(null),
                    schedule.attending().name(), schedule.note().orElse(null));
        }
        for (Classification classification : offer.classifications()) {
            tables[3].row(id, classification.termId(), classification.taxonomy(), classification.code());
        }
        for (String language : offer.languages()) {
            tables[4].row(id, language);
        }
        for (String municipality : offer.serviceAreas()) {
            tables[5].row(id, municipality);
        }
        for (java.util.UUID contact : offer.contacts()) {
            tables[6].row(id, contact);
        }
        for (Translation translation : offer.translations()) {
            tables[7].row(id, translation.field().name(), translation.language().code(), translation.text(),
                    translation.status().name(), translation.sourceHash(), translation.machine(),
                    translation.translatedAt(), translation.translatedBy());
        }
        if (++buffered == CHUNK) {
            flush();
        }
    }

    /** Sends what is buffered. */
    void flush() {
        if (buffered == 0) {
            return;
        }
        long started = System.nanoTime();
        beforeSend.run();
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                table.send(copy);
            }
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("COPY of imported offers failed: " + failed.getMessage(), failed);
        }
        written += buffered;
        buffered = 0;
        sendNanos += System.nanoTime() - started;
    }

    /** Time spent sending (including the flush before each send). */
    long sendMillis() {
        return sendNanos / 1_000_000;
    }

    /** Offers sent so far. */
    int written() {
        return written;
    }

    /** One target table's buffer in COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class Table {

        private final String sql;
        private final StringBuilder rows = new StringBuilder(64 * 1024);

        Table(String sql) {
            this.sql = sql;
        }

        void row(@Nullable Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                value(values[i]);
            }
            rows.append('\n');
        }

        private void value(@Nullable Object value) {
            if (value == null) {
                rows.append("\\N");
            } else if (value instanceof Boolean b) {
                rows.append(b ? 't' : 'f');
            } else if (value instanceof Number || value instanceof java.util.UUID
                    || value instanceof java.time.temporal.Temporal) {
                // Instant.toString() is ISO 8601 in UTC (timestamptz accepts it); LocalDate/LocalTime are ISO too
                rows.append(value);
            } else {
                escape(value.toString());
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    case '\t' -> rows.append("\\t");
                    default -> rows.append(c);
                }
            }
        }

        void send(CopyManager copy) throws SQLException, IOException {
            if (rows.isEmpty()) {
                return;
            }
            copy.copyIn(sql, new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }
}
