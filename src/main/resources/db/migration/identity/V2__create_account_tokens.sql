-- One-time links for invitations and password resets. Only a SHA-256 hash of the token is stored: the token itself
-- exists in the e-mail alone, so a copy of the database does not let anyone set a password.
create table identity.account_tokens (
    id         uuid        primary key,
    account_id uuid        not null references identity.accounts (id) on delete cascade,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    version    bigint      not null default 0,
    constraint account_tokens_purpose_check check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    constraint account_tokens_expiry_check check (expires_at > created_at)
);
create unique index account_tokens_hash_uq on identity.account_tokens (token_hash);
create index account_tokens_account_idx on identity.account_tokens (account_id, purpose);
comment on table identity.account_tokens is 'One-time links (invitation, password reset): SHA-256 hash of the token, never the token itself.';
comment on column identity.account_tokens.token_hash is 'Hex SHA-256 of the token sent by e-mail.';
