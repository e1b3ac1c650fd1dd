-- Directory, slice 8: freshness (docs/directory.md §6). The offers' own columns (last_confirmed_at, stale_since,
-- withdrawn_at) exist since V2. This adds the per-district settings, the notices already sent (the nightly job's
-- idempotency key), the one-time confirmation links (hashed) and a log of the job's runs.

-- Intervals per district; no row = the defaults below. Edited by the county admin.
create table directory.freshness_settings (
    district_key                        varchar(5)  primary key,
    enabled                             boolean     not null default true,
    first_reminder_after_days           int         not null default 150,
    reminder_interval_days              int         not null default 14,
    max_reminders                       int         not null default 3,
    flag_after_days                     int         not null default 183,
    first_warning_before_withdraw_days  int         not null default 28,
    second_warning_before_withdraw_days int         not null default 7,
    withdraw_after_days                 int         not null default 365,
    restore_window_days                 int         not null default 90,
    link_validity_days                  int         not null default 30,
    updated_at                          timestamptz not null,
    version                             bigint      not null default 0,
    constraint freshness_settings_positive check (first_reminder_after_days > 0 and reminder_interval_days > 0
        and max_reminders between 0 and 10 and restore_window_days > 0 and link_validity_days > 0),
    constraint freshness_settings_order check (first_reminder_after_days < flag_after_days
        and flag_after_days < withdraw_after_days
        and second_warning_before_withdraw_days < first_warning_before_withdraw_days
        and second_warning_before_withdraw_days > 0
        and withdraw_after_days - first_warning_before_withdraw_days > flag_after_days)
);
comment on table directory.freshness_settings is 'Freshness intervals per district (no row: defaults).';

-- Every notice the job decided on. cycle_start = the last_confirmed_at it refers to, so a confirmation starts a new
-- cycle. The job inserts with "on conflict do nothing" and only sends a mail for a row it inserted.
create table directory.freshness_notices (
    offer_id    uuid        not null references directory.offers (id) on delete cascade,
    cycle_start timestamptz not null,
    kind        varchar(20) not null,
    seq         int         not null,
    district_key varchar(5) not null,
    sent_at     timestamptz not null,
    recipient   varchar(320),
    primary key (offer_id, cycle_start, kind, seq),
    constraint freshness_notices_kind check (kind in ('REMINDER', 'FLAGGED', 'WARNING', 'WITHDRAWN'))
);
create index freshness_notices_offer_idx on directory.freshness_notices (offer_id, sent_at desc);
comment on column directory.freshness_notices.recipient is 'Where the mail went; null when the offer has no contact address.';

-- One-time links in confirmation mails: only the SHA-256 hash of the token is stored.
create table directory.confirmation_tokens (
    id            uuid        primary key,
    district_key  varchar(5)  not null,
    offer_id      uuid        not null references directory.offers (id) on delete cascade,
    token_hash    varchar(64) not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    superseded_at timestamptz,
    version       bigint      not null default 0,
    constraint confirmation_tokens_expiry check (expires_at > created_at)
);
create unique index confirmation_tokens_hash_uq on directory.confirmation_tokens (token_hash);
create index confirmation_tokens_offer_idx on directory.confirmation_tokens (offer_id) where used_at is null and superseded_at is null;
comment on table directory.confirmation_tokens is 'One-time confirmation links: SHA-256 hash of the token, never the token itself.';

-- The language an organisation wants its confirmation mails in (no row: German).
create table directory.organisation_mail_languages (
    organisation_id uuid       primary key references directory.organisations (id) on delete cascade,
    language        varchar(2) not null,
    constraint organisation_mail_languages_code check (language in ('de', 'en', 'uk', 'ru', 'ar', 'fa', 'tr'))
);

-- One row per district and run of the nightly job (or a test's runFor).
create table directory.freshness_runs (
    id           uuid        primary key,
    district_key varchar(5)  not null,
    run_at       timestamptz not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    offers       int         not null,
    mails        int         not null,
    flagged      int         not null,
    withdrawn    int         not null,
    no_recipient int         not null
);
create index freshness_runs_district_idx on directory.freshness_runs (district_key, started_at desc);
