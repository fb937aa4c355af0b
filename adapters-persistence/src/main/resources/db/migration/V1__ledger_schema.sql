-- The ledger's schema. Portable SQL: runs unchanged on PostgreSQL and on H2 in
-- MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE (docs/adr/0003-flyway-migrations.md).

create table provider (
    id   varchar(64)  not null primary key,
    name varchar(200) not null,
    kind varchar(32)  not null
);

create table accelerator (
    id                         varchar(64)   not null primary key,
    vendor                     varchar(200)  not null,
    model                      varchar(200)  not null,
    all_in_kilowatts_per_unit  numeric(9, 3) not null
);

create table deal (
    id                uuid          not null primary key,
    customer          varchar(200)  not null,
    customer_key      varchar(200)  not null,
    provider_id       varchar(64)   not null references provider (id),
    announced_on      date          not null,
    term_start        date,
    term_months       integer,
    value_kind        varchar(16)   not null,
    value_low         numeric(19, 2),
    value_high        numeric(19, 2),
    currency          char(3)       not null,
    value_confidence  varchar(16)   not null,
    expansion_through date,
    expansion_note    varchar(500),
    status            varchar(16)   not null,
    version           bigint        not null,
    recorded_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

-- Keyset pagination: one index per sort order, id as the tie-breaker.
create index deal_by_announced_on on deal (announced_on, id);
create index deal_by_recorded_at on deal (recorded_at, id);
create index deal_by_customer on deal (customer_key, id);
-- Filters that analyses and listings combine.
create index deal_by_provider on deal (provider_id, announced_on, id);
create index deal_by_status on deal (status, provider_id);

create table deal_commitment (
    deal_id            uuid          not null references deal (id),
    position           integer       not null,
    accelerator_id     varchar(64)   not null references accelerator (id),
    units              bigint,
    units_approximate  boolean       not null,
    gigawatts          numeric(12, 6),
    full_capacity_by   date,
    primary key (deal_id, position)
);

create table deal_source (
    deal_id       uuid           not null references deal (id),
    position      integer        not null,
    title         varchar(300)   not null,
    address       varchar(2000)  not null,
    published_on  date           not null,
    primary key (deal_id, position)
);

create table deal_history (
    deal_id      uuid          not null references deal (id),
    version      bigint        not null,
    kind         varchar(16)   not null,
    actor        varchar(100)  not null,
    occurred_at  timestamp with time zone not null,
    primary key (deal_id, version)
);

create table deal_history_change (
    deal_id       uuid          not null,
    version       bigint        not null,
    position      integer       not null,
    field         varchar(100)  not null,
    before_value  varchar(20000),
    after_value   varchar(20000),
    primary key (deal_id, version, position),
    foreign key (deal_id, version) references deal_history (deal_id, version)
);
