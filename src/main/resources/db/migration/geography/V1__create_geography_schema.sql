-- Saxony's reference geography. Read-only for the application: the rows are (re)loaded at start-up from the bundled
-- files in reference-data/saxony/ by ReferenceDataLoader whenever their checksum changes (see docs/geography.md).
create schema if not exists geography;

create table geography.districts (
    ars                varchar(5)    primary key,
    name               varchar(200)  not null,
    short_name         varchar(200)  not null,
    type               varchar(40)   not null,
    seat               varchar(200)  not null,
    nuts3              varchar(5)    not null,
    municipality_count integer       not null,
    population         bigint        not null,
    area_km2           numeric(10,2) not null,
    constraint districts_ars_format check (ars ~ '^[0-9]{5}$')
);
comment on table geography.districts is 'Landkreise and kreisfreie Städte of Saxony (Destatis GV100AD; nuts3: BKG dl-de/by-2-0).';

create table geography.municipalities (
    ags                varchar(8)       primary key,
    ars                varchar(12)      not null,
    name               varchar(200)     not null,
    short_name         varchar(200)     not null,
    type               varchar(40)      not null,
    district_ars       varchar(5)       not null references geography.districts (ars),
    verband_ars        varchar(9)       not null,
    verband_name       varchar(200)     not null,
    verband_type       varchar(40)      not null,
    population         bigint           not null,
    area_km2           numeric(10,2)    not null,
    postal_code        varchar(5)       not null,
    postal_code_unique boolean          not null,
    latitude           double precision not null,
    longitude          double precision not null,
    constraint municipalities_ags_format check (ags ~ '^[0-9]{8}$'),
    constraint municipalities_in_district check (substr(ags, 1, 5) = district_ars)
);
create index municipalities_district_idx on geography.municipalities (district_ars);
comment on table geography.municipalities is 'Gemeinden of Saxony (Destatis GV100AD and Gemeindeverzeichnis-Auszug).';

-- All of Germany: one row per place of a postal code (GeoNames, CC BY 4.0).
create table geography.postal_codes (
    id           integer          primary key,
    plz          varchar(5)       not null,
    name         varchar(200)     not null,
    state_code   varchar(2)       not null,
    district_ars varchar(5)       not null,
    latitude     double precision not null,
    longitude    double precision not null,
    constraint postal_codes_plz_format check (plz ~ '^[0-9]{5}$')
);
create index postal_codes_plz_idx on geography.postal_codes (plz);
comment on table geography.postal_codes is 'Places of German postal codes with a point coordinate (GeoNames, CC BY 4.0). id = row in the file.';

-- ODbL 1.0 (share-alike): kept as a table of its own so that no other table becomes a derivative database.
create table geography.municipality_postal_codes (
    ags      varchar(8)   not null references geography.municipalities (ags),
    plz      varchar(5)   not null,
    osm_name varchar(200) not null,
    osm_id   bigint       not null,
    primary key (ags, plz)
);
create index municipality_postal_codes_plz_idx on geography.municipality_postal_codes (plz);
comment on table geography.municipality_postal_codes is 'Postal codes of each Saxon municipality. © OpenStreetMap contributors, ODbL 1.0 (suche-postleitzahl.org).';

create table geography.reference_data (
    dataset    varchar(40)  primary key,
    checksum   varchar(64)  not null,
    row_counts varchar(400) not null,
    loaded_at  timestamptz  not null
);
comment on table geography.reference_data is 'Checksum of the bundled files last loaded, so that a start-up reloads only when they changed.';
