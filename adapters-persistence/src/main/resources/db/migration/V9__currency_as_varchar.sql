-- Currency codes as varchar(3) instead of char(3). Every stored code is three letters, so no value changes;
-- but H2 in PostgreSQL mode pads the char columns of every row it returns, which cost a twentieth of the CPU of
-- a page of deals (docs/adr/0029). The same statement runs on H2 and PostgreSQL and keeps "not null".
alter table deal alter column currency set data type varchar(3);
alter table money_flow alter column currency set data type varchar(3);
alter table revenue_run_rate alter column currency set data type varchar(3);
