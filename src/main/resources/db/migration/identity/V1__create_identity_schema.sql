create schema if not exists identity;

create table identity.accounts (
    id                 uuid primary key,
    email              varchar(320) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(200),
    enabled            boolean      not null,
    preferred_language varchar(8)   not null default 'de',
    failed_logins      integer      not null default 0,
    locked_until       timestamptz,
    demo               boolean      not null default false,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint accounts_email_lower check (email = lower(email))
);
create unique index accounts_email_uq on identity.accounts (email);
comment on table identity.accounts is 'People who can log in. Personal data: e-mail and name only.';

create table identity.memberships (
    account_id       uuid        not null references identity.accounts (id) on delete cascade,
    role             varchar(40) not null,
    district_key     varchar(5),
    municipality_key varchar(8),
    organisation_id  uuid
);
create index memberships_account_idx on identity.memberships (account_id);
create index memberships_district_idx on identity.memberships (district_key);
comment on table identity.memberships is 'Roles of an account and the district, municipality or organisation they apply to.';
