-- Directory, slice 2: offers (HSDS service) with their sites, schedules, classifications, spoken languages, service
-- areas, contact persons and translations. All columns of later slices (freshness, import, HSDS) are here already, so
-- that those slices never alter directory.offers (docs/directory.md §2.3).
create table directory.offers (
    id                    uuid         primary key,
    district_key          varchar(5)   not null,
    organisation_id       uuid         not null references directory.organisations (id),
    provider_name         varchar(300) not null,
    status                varchar(20)  not null,
    archive_reason        varchar(30),
    name                  varchar(300) not null,
    name_key              varchar(300) not null,
    description           text         not null,
    fees_note             text,
    eligibility_note      text,
    application_note      text,
    alert                 text,
    url                   varchar(500),
    email                 varchar(320),
    phone                 varchar(50),
    online_url            varchar(500),
    free_of_charge        boolean      not null,
    registration_required boolean      not null,
    appointment_required  boolean      not null,
    barrier_free          boolean      not null,
    low_threshold         boolean      not null,
    volunteer_run         boolean      not null,
    online                boolean      not null,
    by_phone              boolean      not null,
    whole_district        boolean      not null default false,
    min_age               integer,
    max_age               integer,
    valid_from            date,
    valid_until           date,
    course_level          varchar(2),
    course_start          date,
    course_end            date,
    places_total          integer,
    places_free           integer,
    registration_deadline date,
    next_start            date,
    last_confirmed_at     timestamptz  not null,
    stale_since           timestamptz,
    withdrawn_at          timestamptz,
    pending_revision      jsonb,
    pending_revision_by   uuid,
    pending_revision_at   timestamptz,
    submitted_at          timestamptz,
    published_at          timestamptz,
    reviewed_by           uuid,
    review_note           text,
    import_job_id         uuid,
    demo                  boolean      not null default false,
    hsds_extra            jsonb        not null default '{}'::jsonb,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint offers_district_format check (district_key ~ '^[0-9]{5}$'),
    constraint offers_status check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    constraint offers_archive_reason check (
        (status = 'ARCHIVED') = (archive_reason is not null)
        and (archive_reason is null or archive_reason in ('ENDED', 'STALE', 'TEMPORARILY_CLOSED', 'REJECTED_DUPLICATE'))),
    constraint offers_course_level check (course_level is null or course_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    constraint offers_places check (places_total is null or places_total >= 0),
    constraint offers_places_free check (places_free is null or places_total is null or places_free between 0 and places_total),
    constraint offers_course_dates check (course_end is null or course_start is null or course_end >= course_start),
    constraint offers_validity check (valid_until is null or valid_from is null or valid_until >= valid_from),
    constraint offers_ages check ((min_age is null or min_age between 0 and 130) and (max_age is null or max_age between 0 and 130)
        and (min_age is null or max_age is null or max_age >= min_age)),
    constraint offers_pending_revision check ((pending_revision is null) = (pending_revision_at is null))
);
create index offers_district_status_idx on directory.offers (district_key, status);
create index offers_organisation_idx on directory.offers (organisation_id);
create index offers_freshness_idx on directory.offers (district_key, last_confirmed_at) where status = 'PUBLISHED';
create index offers_name_trgm on directory.offers using gin (name_key public.gin_trgm_ops);
create index offers_import_idx on directory.offers (import_job_id) where import_job_id is not null;
create index offers_updated_idx on directory.offers (updated_at);
create index offers_review_idx on directory.offers (district_key, submitted_at)
    where status = 'IN_REVIEW' or pending_revision is not null;
comment on table directory.offers is 'Support offers (HSDS service) of the organisations of a district. Owned by the district.';
comment on column directory.offers.provider_name is 'Name of the organisation, copied for the search index and lists.';
comment on column directory.offers.name_key is 'The name folded for search (lower case, umlauts spelt out, no punctuation).';
comment on column directory.offers.next_start is 'Next course start or next date of a schedule on or after the day it was computed; refreshed nightly.';
comment on column directory.offers.pending_revision is 'A provider''s change of a published offer (all editable content as JSON) awaiting review; the public keeps the published content.';
comment on column directory.offers.hsds_extra is 'HSDS fields without a column of their own, kept for a lossless round trip (slice 10).';

-- Where an offer takes place: a location of its organisation, with a snapshot of the location's place for the index.
-- The id is the HSDS service_at_location.id.
create table directory.offer_sites (
    id               uuid             primary key,
    offer_id         uuid             not null references directory.offers (id) on delete cascade,
    location_id      uuid             not null references directory.locations (id),
    description      text,
    latitude         double precision,
    longitude        double precision,
    municipality_key varchar(8),
    postal_code      varchar(10),
    city             varchar(100),
    constraint offer_sites_location_uq unique (offer_id, location_id),
    constraint offer_sites_coordinates check ((latitude is null) = (longitude is null))
);
create index offer_sites_offer_idx on directory.offer_sites (offer_id);
create index offer_sites_location_idx on directory.offer_sites (location_id);

-- When an offer takes place (HSDS schedule); rrule is an RFC 5545 RECUR value without the RRULE: prefix.
create table directory.offer_schedules (
    offer_id    uuid         not null references directory.offers (id) on delete cascade,
    id          uuid         not null,
    site_id     uuid,
    kind        varchar(20)  not null,
    rrule       varchar(500),
    dtstart     date         not null,
    opens_at    time,
    closes_at   time,
    valid_from  date,
    valid_until date,
    attending   varchar(20)  not null default 'IN_PERSON',
    note        text,
    primary key (offer_id, id),
    constraint offer_schedules_kind check (kind in ('OPENING_HOURS', 'RECURRING', 'SINGLE_DATE')),
    constraint offer_schedules_rule check ((kind = 'SINGLE_DATE') = (rrule is null)),
    constraint offer_schedules_attending check (attending in ('IN_PERSON', 'ONLINE', 'PHONE')),
    constraint offer_schedules_times check (opens_at is null or closes_at is null or closes_at > opens_at),
    constraint offer_schedules_validity check (valid_until is null or valid_from is null or valid_until >= valid_from)
);

-- Categories, target groups and features of an offer (terms of the statewide taxonomies, with their codes copied).
create table directory.offer_classifications (
    offer_id uuid        not null references directory.offers (id) on delete cascade,
    term_id  uuid        not null,
    taxonomy varchar(60) not null,
    code     varchar(80) not null,
    primary key (offer_id, term_id)
);
create index offer_classifications_term_idx on directory.offer_classifications (term_id);

-- Languages spoken in an offer (ISO 639-1 or 639-3 codes).
create table directory.offer_languages (
    offer_id uuid       not null references directory.offers (id) on delete cascade,
    code     varchar(3) not null,
    primary key (offer_id, code)
);

-- Municipalities (AGS) of the offer's district that the offer serves.
create table directory.offer_service_areas (
    offer_id         uuid       not null references directory.offers (id) on delete cascade,
    municipality_key varchar(8) not null,
    primary key (offer_id, municipality_key)
);
create index offer_service_areas_key_idx on directory.offer_service_areas (municipality_key);

-- Contact persons of the organisation who are named for this offer.
create table directory.offer_contacts (
    offer_id          uuid not null references directory.offers (id) on delete cascade,
    contact_person_id uuid not null references directory.contact_persons (id) on delete cascade,
    primary key (offer_id, contact_person_id)
);
create index offer_contacts_contact_idx on directory.offer_contacts (contact_person_id);
comment on table directory.offer_contacts is 'Personal data by reference: contact persons named for an offer.';

-- Translations of an offer's texts (German is the source in the offer's own columns); "missing" means there is no row.
create table directory.offer_translations (
    offer_id      uuid         not null references directory.offers (id) on delete cascade,
    field         varchar(30)  not null,
    language      varchar(2)   not null,
    text          text         not null,
    status        varchar(10)  not null,
    source_hash   varchar(64)  not null,
    machine       boolean      not null default false,
    translated_at timestamptz  not null,
    translated_by varchar(200),
    primary key (offer_id, field, language),
    constraint offer_translations_not_de check (language <> 'de'),
    constraint offer_translations_status check (status in ('CURRENT', 'OUTDATED')),
    constraint offer_translations_field check (field in ('NAME', 'DESCRIPTION', 'FEES', 'ELIGIBILITY', 'APPLICATION', 'ALERT'))
);
create index offer_translations_status_idx on directory.offer_translations (language, status);
