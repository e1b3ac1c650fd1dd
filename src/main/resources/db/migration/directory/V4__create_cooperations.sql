-- Directory, slice 7: cooperations. A typed, dated relation of an organisation either with another organisation of
-- the same district or with a coordinator of the coordination module (stored as a bare UUID: no foreign key across
-- modules; names come from CoordinationQueries.coordinatorsOf). UMBRELLA, FUNDING and REFERRAL are directed
-- (organisation -> partner), the other types symmetric. Current = valid_from <= today <= coalesce(valid_until, infinity).
-- The foreign keys to organisations are deliberately not "on delete cascade": an organisation with cooperations cannot
-- be deleted (CooperationsOfOrganisation blocks it in the UI), the cooperations are ended or deleted first.
create table directory.cooperations (
    id                      uuid         primary key,
    district_key            varchar(5)   not null,
    type                    varchar(30)  not null,
    organisation_id         uuid         not null references directory.organisations (id),
    partner_organisation_id uuid         references directory.organisations (id),
    coordinator_id          uuid,
    valid_from              date         not null,
    valid_until             date,
    note                    text,
    demo                    boolean      not null default false,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0,
    constraint cooperations_one_partner check (num_nonnulls(partner_organisation_id, coordinator_id) = 1),
    constraint cooperations_not_self check (partner_organisation_id is null or partner_organisation_id <> organisation_id),
    constraint cooperations_validity check (valid_until is null or valid_until >= valid_from)
);
create index cooperations_district_idx on directory.cooperations (district_key, valid_from);
create index cooperations_organisation_idx on directory.cooperations (organisation_id);
create index cooperations_partner_idx on directory.cooperations (partner_organisation_id)
    where partner_organisation_id is not null;
create index cooperations_coordinator_idx on directory.cooperations (coordinator_id) where coordinator_id is not null;
comment on table directory.cooperations is 'Typed, dated relations between organisations of a district, or of an organisation with a coordinator.';
comment on column directory.cooperations.coordinator_id is 'A coordinator of the coordination module (no foreign key across modules).';
