-- A provider's translations of a published offer wait here for the coordination's review (one row per offer and
-- language; the fields it changes in pending_translation_fields). The public pages read offer_translations only.
create table directory.pending_translations (
    id               uuid         primary key,
    offer_id         uuid         not null references directory.offers (id) on delete cascade,
    district_key     varchar(5)   not null,
    organisation_id  uuid         not null,
    language         varchar(2)   not null,
    status           varchar(10)  not null,
    proposed_by      uuid,
    proposed_by_name varchar(200) not null,
    proposed_at      timestamptz  not null,
    decided_by_name  varchar(200),
    decided_at       timestamptz,
    decision_note    text,
    version          bigint       not null default 0,
    constraint pending_translations_offer_language unique (offer_id, language),
    constraint pending_translations_not_de check (language <> 'de'),
    constraint pending_translations_status check (status in ('PENDING', 'REJECTED')),
    constraint pending_translations_decision check ((status = 'REJECTED') = (decided_at is not null))
);

create index pending_translations_waiting on directory.pending_translations (district_key, proposed_at)
    where status = 'PENDING';

create table directory.pending_translation_fields (
    pending_id  uuid        not null references directory.pending_translations (id) on delete cascade,
    field       varchar(30) not null,
    text        text        not null,
    machine     boolean     not null default false,
    source_hash varchar(64) not null,
    primary key (pending_id, field)
);
