// The dashboard's client of the public API: plain GET requests to /api/v1, with the parameters any client sends.
// No key, no private endpoint: what the page shows is what `curl` on the same address answers.

const BASE = "/api/v1";

/** The largest page the API serves (docs/api.md): the scans below read this many deals a request. */
const PAGE_LIMIT = 100;

/** A problem answered by the API (RFC 9457), named by the request that got it, its status and its detail. */
class ApiProblem extends Error {
  constructor(status, detail, request) {
    super(`${request}: ${status} ${detail}`);
  }
}

/** The path and query of a request, as shown under each chart (repeated parameters stay repeated). */
export function requestOf(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [].concat(value)) {
      if (one !== undefined && one !== null && one !== "") {
        query.append(name, String(one));
      }
    }
  }
  const text = query.toString();
  return BASE + path + (text ? `?${text}` : "");
}

/** GETs `path` with `params`; resolves to the JSON body, rejects with an ApiProblem. */
export async function get(path, params = {}) {
  const request = requestOf(path, params);
  const response = await fetch(request, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiProblem(response.status, body.detail || body.title || response.statusText, request);
  }
  return body;
}

/** The cursor in a page's `next` link, or undefined on the last page. */
export function nextCursor(page) {
  return page.next ? new URL(page.next, window.location.origin).searchParams.get("cursor") : undefined;
}

/**
 * Up to `maxPages` pages of the deals matching `filters`, following the cursors; `complete` says
 * whether the listing ended within them (the page then says so rather than presenting part as the whole).
 */
export async function scanDeals(filters, maxPages = 10) {
  const deals = [];
  let cursor;
  let pages = 0;
  do {
    const page = await get("/deals", { ...filters, limit: PAGE_LIMIT, cursor });
    deals.push(...page.items);
    cursor = nextCursor(page);
    pages += 1;
  } while (cursor && pages < maxPages);
  return { deals, complete: !cursor };
}
