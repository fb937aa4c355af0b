-- Follow the money (docs/adr/0026): organisations (one firm across its roles), the organisation that owns each
-- provider, flows of money between organisations with their sources and history (the deal's shape), and revenue
-- run rates. Portable SQL: runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL (docs/adr/0003).

create table organisation (
    id   varchar(64)  not null primary key,
    name varchar(200) not null
);

create table organisation_role (
    organisation_id varchar(64) not null references organisation (id),
    role            varchar(32) not null,
    primary key (organisation_id, role)
);

alter table provider add column owner_organisation_id varchar(64);
alter table provider add constraint provider_owner foreign key (owner_organisation_id) references organisation (id);

-- Existing deals keep working as they are; the providers the demo data registers are linked to their owners,
-- where a ledger already holds them (a fresh ledger gets the same links from the demo loader).
insert into organisation (id, name) select 'amazon', 'Amazon' from provider where id = 'aws';
insert into organisation (id, name) select 'microsoft', 'Microsoft' from provider where id = 'microsoft-azure';
insert into organisation (id, name) select 'oracle', 'Oracle' from provider where id = 'oracle';
insert into organisation (id, name) select 'alphabet', 'Alphabet' from provider where id = 'google-cloud';
insert into organisation (id, name) select 'coreweave', 'CoreWeave' from provider where id = 'coreweave';
insert into organisation (id, name) select 'nvidia', 'Nvidia' from provider where id = 'nvidia';
insert into organisation_role (organisation_id, role)
    select id, case when id = 'nvidia' then 'CHIP_VENDOR' else 'PROVIDER' end from organisation;
update provider set owner_organisation_id = 'amazon' where id = 'aws';
update provider set owner_organisation_id = 'microsoft' where id = 'microsoft-azure';
update provider set owner_organisation_id = 'oracle' where id = 'oracle';
update provider set owner_organisation_id = 'alphabet' where id = 'google-cloud';
update provider set owner_organisation_id = 'coreweave' where id = 'coreweave';
update provider set owner_organisation_id = 'nvidia' where id = 'nvidia';

create table money_flow (
    id                uuid          not null primary key,
    kind              varchar(32)   not null,
    payer_id          varchar(64)   not null references organisation (id),
    payee_id          varchar(64)   not null references organisation (id),
    announced_on      date          not null,
    term_start        date,
    term_months       integer,
    value_kind        varchar(16)   not null,
    value_low         numeric(19, 2),
    value_high        numeric(19, 2),
    currency          char(3)       not null,
    value_confidence  varchar(16)   not null,
    version           bigint        not null,
    recorded_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create index money_flow_by_payer on money_flow (payer_id, id);
create index money_flow_by_payee on money_flow (payee_id, id);
create index money_flow_by_announced_on on money_flow (announced_on, id);

create table money_flow_source (
    flow_id       uuid           not null references money_flow (id),
    position      integer        not null,
    title         varchar(300)   not null,
    address       varchar(2000)  not null,
    published_on  date           not null,
    primary key (flow_id, position)
);

create table money_flow_history (
    flow_id      uuid          not null references money_flow (id),
    version      bigint        not null,
    kind         varchar(16)   not null,
    actor        varchar(100)  not null,
    occurred_at  timestamp with time zone not null,
    primary key (flow_id, version)
);

create table money_flow_history_change (
    flow_id       uuid          not null,
    version       bigint        not null,
    position      integer       not null,
    field         varchar(100)  not null,
    before_value  varchar(20000),
    after_value   varchar(20000),
    primary key (flow_id, version, position),
    foreign key (flow_id, version) references money_flow_history (flow_id, version)
);

create table revenue_run_rate (
    organisation_id      varchar(64)    not null references organisation (id),
    as_of                date           not null,
    annual_revenue       numeric(19, 2) not null,
    currency             char(3)        not null,
    confidence           varchar(16)    not null,
    source_title         varchar(300)   not null,
    source_address       varchar(2000)  not null,
    source_published_on  date           not null,
    primary key (organisation_id, as_of)
);
