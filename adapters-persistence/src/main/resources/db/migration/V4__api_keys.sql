-- API keys: the SHA-256 digest of each secret, never the secret (docs/adr/0011). The name is the actor
-- that deal history records for changes made with the key, so it is unique too.
create table api_key (
    id             char(16)      not null primary key,
    name           varchar(64)   not null unique,
    role           varchar(16)   not null,
    secret_sha256  char(64)      not null,
    created_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone
);
