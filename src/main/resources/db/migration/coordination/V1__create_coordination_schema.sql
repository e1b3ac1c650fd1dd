create schema if not exists coordination;

create table coordination.offices (
    id            uuid primary key,
    district_key  varchar(5)   not null,
    name          varchar(200) not null,
    street        varchar(200) not null,
    postal_code   varchar(5)   not null,
    city          varchar(100) not null,
    phone         varchar(50),
    email         varchar(320),
    opening_hours varchar(1000),
    demo          boolean      not null default false,
    version       bigint       not null default 0,
    constraint offices_contact_present check (phone is not null or email is not null)
);
create index offices_district_idx on coordination.offices (district_key);
comment on table coordination.offices is 'Regional offices (Standorte) of a district''s integration coordination. Address and contact are public.';

create table coordination.coordinators (
    id                    uuid primary key,
    district_key          varchar(5)   not null,
    full_name             varchar(200) not null,
    office_id             uuid         not null references coordination.offices (id),
    fte                   numeric(3, 2) not null,
    start_date            date         not null,
    end_date              date,
    programme_basis       varchar(200) not null default 'Richtlinie Integrative Maßnahmen, Teil 2',
    funding_share_percent integer      not null default 90,
    work_phone            varchar(50),
    work_email            varchar(320),
    publish_name          boolean      not null default false,
    publish_phone         boolean      not null default false,
    publish_email         boolean      not null default false,
    account_id            uuid,
    demo                  boolean      not null default false,
    version               bigint       not null default 0,
    constraint coordinators_fte_range check (fte >= 0.1 and fte <= 1.0),
    constraint coordinators_funding_share_range check (funding_share_percent between 0 and 100),
    constraint coordinators_end_after_start check (end_date is null or end_date >= start_date)
);
create index coordinators_district_idx on coordination.coordinators (district_key);
create index coordinators_office_idx on coordination.coordinators (office_id);
create index coordinators_account_idx on coordination.coordinators (account_id);
comment on table coordination.coordinators is 'Kommunale Integrationskoordinatorinnen und -koordinatoren (KIK). Personal data: name, work phone and e-mail; published only with the publish_* consent.';
comment on column coordination.coordinators.fte is 'Full-time equivalent (VzÄ), 0.1 to 1.0.';
comment on column coordination.coordinators.end_date is 'Last working day; after it the coordinator is inactive and counts nowhere.';
comment on column coordination.coordinators.account_id is 'identity.accounts id of the coordinator''s own login, if linked (no foreign key across modules).';

create table coordination.coordinator_municipalities (
    coordinator_id   uuid       not null references coordination.coordinators (id) on delete cascade,
    municipality_key varchar(8) not null,
    primary key (coordinator_id, municipality_key),
    constraint coordinator_municipalities_ags check (municipality_key ~ '^[0-9]{8}$')
);
create index coordinator_municipalities_key_idx on coordination.coordinator_municipalities (municipality_key);
comment on table coordination.coordinator_municipalities is 'The municipalities (AGS) each coordinator looks after; always of the coordinator''s district.';
