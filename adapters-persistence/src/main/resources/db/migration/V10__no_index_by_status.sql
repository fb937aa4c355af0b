-- No index on deal (status, provider_id). Since the running totals answer every analysis without a customer
-- (docs/adr/0009, 0019, 0022), no read needs it, and H2 still chose it for any status filter: it read every matching
-- row through it and sorted them, so a listing of the deals of one status took seconds at a million deals where the
-- index of its sort order stops after a page. Each recorded deal updates one index fewer (docs/adr/0031).
drop index deal_by_status;
