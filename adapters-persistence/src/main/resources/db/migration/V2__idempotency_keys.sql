-- Idempotent creates: which request each client key was first used for. Shared by every instance.
create table idempotency_key (
    idempotency_key  varchar(200)  not null primary key,
    fingerprint      char(64)      not null,
    deal_id          uuid          not null references deal (id),
    created_at       timestamp with time zone not null
);
