-- Directory, slice 3 (search): the state of the offer search index (docs/directory.md §4.7). One row at most. Its
-- epoch is also written to <index root>/EPOCH after every successful rebuild; when the two differ at start (a restored
-- database without its index, or an index from another database), the index is rebuilt. No row means that no rebuild
-- has finished against this database yet.
create table directory.search_index_state (
    id          smallint    primary key,
    epoch       uuid        not null,
    rebuilt_at  timestamptz not null,
    documents   bigint      not null,
    duration_ms bigint      not null,
    reason      varchar(30) not null,
    constraint search_index_state_single_row check (id = 1),
    constraint search_index_state_documents check (documents >= 0 and duration_ms >= 0)
);
comment on table directory.search_index_state is 'The last successful rebuild of the offer search index: its epoch (also in the index directory), when, how many documents, why.';
