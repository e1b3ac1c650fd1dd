create schema if not exists audit;

create table audit.audit_entries (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(320) not null,
    actor_id     uuid,
    action       varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type  varchar(120) not null,
    entity_id    varchar(100) not null,
    district_key varchar(5),
    changes      jsonb        not null default '[]'::jsonb
);
create index audit_entries_district_time_idx on audit.audit_entries (district_key, occurred_at desc);
create index audit_entries_entity_idx on audit.audit_entries (entity_type, entity_id);
comment on table audit.audit_entries is
    'Append-only trail of changes (who, when, what, old and new values). Rows can be added, never changed or removed.';

-- The trail is append-only: the database itself refuses to change or remove a row, whatever the application does.
create function audit.reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entries_append_only
    before update or delete on audit.audit_entries
    for each row execute function audit.reject_change();
create trigger audit_entries_no_truncate
    before truncate on audit.audit_entries
    for each statement execute function audit.reject_change();
