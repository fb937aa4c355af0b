-- A deal's creation entry keeps every field it was recorded with in one value ("field=value" lines,
-- DealMapping.snapshot) instead of one deal_history_change row per field: a bulk import writes one history
-- row per deal (docs/adr/0020). Later entries, and creation entries written before this column, keep their
-- change rows; a null snapshot means "read the change rows".
alter table deal_history add column snapshot varchar(1000000);
