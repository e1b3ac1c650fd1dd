-- Directory, slice 9: imports of offers (and their organisations) from XLSX, CSV and HSDS files (docs/directory.md §7).
-- A job goes UPLOADED -> (mapping saved) MAPPED -> VALIDATING -> VALIDATED | INVALID -> COMMITTING -> COMMITTED |
-- FAILED, or DISCARDED. The uploaded file is kept in import_files (written with JDBC, never an entity, so that it
-- never reaches the audit trail) until the retention (app.directory.import.retention) ends. import_errors holds the
-- report: one row per problem with the file's line, the column and a message code (directory.import.error.<code>).
-- Offers written by a job carry offers.import_job_id (column of V2); there is deliberately no foreign key, so that a
-- job's report can be cleaned up independently of the offers.
create table directory.import_jobs (
    id                uuid         primary key,
    district_key      varchar(5)   not null,
    organisation_id   uuid,
    kind              varchar(10)  not null,
    file_name         varchar(300) not null,
    file_size         bigint       not null,
    sha256            varchar(64)  not null,
    status            varchar(20)  not null,
    target_status     varchar(20)  not null default 'DRAFT',
    create_organisations boolean   not null default true,
    mapping           text,
    total_rows        int          not null default 0,
    processed_rows    int          not null default 0,
    error_count       int          not null default 0,
    warning_count     int          not null default 0,
    created_offers    int          not null default 0,
    created_organisations int      not null default 0,
    created_locations int          not null default 0,
    message           varchar(1000),
    created_by        uuid,
    created_by_name   varchar(200) not null,
    demo              boolean      not null default false,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    finished_at       timestamptz,
    version           bigint       not null default 0,
    constraint import_jobs_kind check (kind in ('XLSX', 'CSV', 'HSDS')),
    constraint import_jobs_status check (status in ('UPLOADED', 'MAPPED', 'VALIDATING', 'VALIDATED', 'INVALID',
        'COMMITTING', 'COMMITTED', 'FAILED', 'DISCARDED')),
    constraint import_jobs_target_status check (target_status in ('DRAFT', 'IN_REVIEW'))
);
create index import_jobs_district_idx on directory.import_jobs (district_key, created_at desc);

create table directory.import_files (
    job_id     uuid        primary key references directory.import_jobs (id) on delete cascade,
    content    bytea       not null,
    created_at timestamptz not null
);
comment on table directory.import_files is 'Uploaded import files, kept for the retention period only; never audited.';

create table directory.import_errors (
    job_id  uuid          not null references directory.import_jobs (id) on delete cascade,
    seq     int           not null,
    line    int           not null,
    field   varchar(60)   not null,
    code    varchar(60)   not null,
    value   varchar(500),
    warning boolean       not null default false,
    primary key (job_id, seq)
);
comment on table directory.import_errors is 'The report of an import job: one row per problem (line of the file, column, message code).';
