-- The index of the deals' announcement day also holds every column the money-flow analyses read of a deal with a
-- period (docs/adr/0038): a period's purchases are then read from the index alone, where H2 had looked up each of
-- its rows in the table (about 200,000 lookups for a year of a million deals). Its first two columns, the order of
-- keyset pages by announcement day, stay as they were.
drop index deal_by_announced_on;
create index deal_by_announced_on on deal (announced_on, id, status, customer_key, provider_id, customer, value_kind,
    value_low, value_high);
