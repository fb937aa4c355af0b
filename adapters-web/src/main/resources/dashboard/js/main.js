// The dashboard: reads the public API (api.js) and draws what it answers (charts.js). Every control is a form
// field or a button, so the whole page works from the keyboard; each chart has a text alternative and a table.
import { get, nextCursor, requestOf, scanDeals } from "./api.js";
import { moneyBars, shareBars, stackedCapacity } from "./charts.js";
import { element, fillStats, fillTable, refresh } from "./dom.js";
import * as format from "./format.js";

/** The statuses the analyses count when none is chosen (the API leaves cancelled deals out of them). */
const NOT_CANCELLED = ["ANNOUNCED", "ACTIVE", "COMPLETED"];

const byId = (id) => document.getElementById(id);

/** Provider ids to names, from /api/v1/providers. */
const providerNames = new Map();

/** The cursors of the pages before the one shown, for "Previous page". */
const earlierCursors = [];
let shownCursor;

const providerName = (id) => providerNames.get(id) || id;

/** The deal filters of the form at the top, as the API's query parameters. */
function filters() {
  const form = byId("filters");
  return {
    provider: form.elements.provider.value,
    customer: form.elements.customer.value.trim(),
    status: [...form.querySelectorAll("input[name=status]:checked")].map((box) => box.value),
    announcedFrom: form.elements.announcedFrom.value,
    announcedTo: form.elements.announcedTo.value,
  };
}

/** The same filters for a deal listing that must match an analysis: cancelled deals out unless asked for. */
function analysedDeals(chosen) {
  return { ...chosen, status: chosen.status.length ? chosen.status : NOT_CANCELLED };
}

/** "3 confirmed · 1 reported" for some deals (the confidence of their values), or "" for none. */
function confidenceOf(deals) {
  const counts = new Map();
  for (const deal of deals) {
    counts.set(deal.valueConfidence, (counts.get(deal.valueConfidence) || 0) + 1);
  }
  return ["CONFIRMED", "REPORTED", "ESTIMATED"].filter((level) => counts.has(level))
    .map((level) => `${counts.get(level)} ${format.words(level)}`).join(" · ");
}

/** The deals of a scan per provider id. */
function byProvider(deals) {
  const groups = new Map();
  for (const deal of deals) {
    if (!groups.has(deal.providerId)) {
      groups.set(deal.providerId, []);
    }
    groups.get(deal.providerId).push(deal);
  }
  return groups;
}

/** What a scan's confidence line says, with its limit when the listing went on. */
function confidenceNote(scan) {
  const confidence = confidenceOf(scan.deals) || "no deal";
  const limit = scan.complete ? "" : ` (the first ${format.count(scan.deals.length)} deals)`;
  return `Confidence of the deal values${limit}: ${confidence}.`;
}

/** The provider ids of the low and the high ends, low ends' order first. */
function providersOf(report) {
  const ids = [...(report.lowEnds?.shares || []), ...(report.highEnds?.shares || [])].map((share) => share.providerId);
  return [...new Set(ids)];
}

function shareAt(ends, providerId) {
  return ends?.shares.find((share) => share.providerId === providerId);
}

/** HHI, CR4 and the verdict of a concentration, the low and the high ends in one figure when they agree. */
function concentrationStats(report, prefix) {
  const both = (pick, show) => {
    const low = show(pick(report.lowEnds));
    const high = show(pick(report.highEnds));
    return low === high ? low : `${low} (low ends) – ${high} (high ends)`;
  };
  const meaning = report.withoutFigureMeaning;
  const counted = [["Counted", format.count(report.counted), `${prefix}-counted`],
    [meaning.charAt(0).toUpperCase() + meaning.slice(1), format.count(report.withoutFigure),
      `${prefix}-without-figure`]];
  if (!report.lowEnds) {
    return counted;
  }
  return [
    ["HHI", both((ends) => ends.hhi, format.hhi), `${prefix}-hhi`],
    ["CR4", both((ends) => ends.cr4, format.percent), `${prefix}-cr4`],
    [`Verdict (${format.words(report.guidelines).toUpperCase()}: highly concentrated over `
      + `${format.count(report.thresholds.highlyConcentratedAbove)})`, both((ends) => ends.verdict, format.words),
    `${prefix}-verdict`],
    ...counted,
  ];
}

function drawValueShares(report, scan, source) {
  const ids = providersOf(report);
  const perProvider = byProvider(scan.deals);
  const names = ids.map((id) => {
    const confidence = confidenceOf(perProvider.get(id) || []);
    return confidence ? `${providerName(id)}\n${confidence}` : providerName(id);
  });
  const low = ids.map((id) => shareAt(report.lowEnds, id)?.sharePercent ?? 0);
  const high = ids.map((id) => shareAt(report.highEnds, id)?.sharePercent ?? 0);
  const summary = ids.map((id, index) => `${providerName(id)} ${format.percent(low[index])}`
    + (low[index] === high[index] ? "" : ` to ${format.percent(high[index])}`)).join(", ");
  shareBars(byId("shares-value-chart"), {
    names,
    series: [{ name: "low ends", values: low }, { name: "high ends", values: high }],
    axisName: "share of the disclosed value (%)",
    description: report.lowEnds
      ? `Bar chart: share of the disclosed deal value by provider, low and high ends: ${summary}. HHI `
        + `${format.hhi(report.lowEnds.hhi)}, ${format.words(report.lowEnds.verdict)}.`
      : "Bar chart: no matching deal has a disclosed value.",
    formatTooltip: ({ seriesName, dataIndex }) => {
      const share = shareAt(seriesName === "low ends" ? report.lowEnds : report.highEnds, ids[dataIndex]);
      return `${providerName(ids[dataIndex])}, ${seriesName}\n`
        + (share ? `${format.usd(share.value)}: ${format.percent(share.sharePercent)}` : "no disclosed value");
    },
  });
  fillStats(byId("shares-value-stats"), concentrationStats(report, "value"));
  byId("shares-value-note").textContent = confidenceNote(scan);
  byId("shares-value-source").textContent = source;
  fillTable(byId("shares-value-table"),
    ["Provider", "Value, low ends (number)", "Value, high ends (number)", "Share, low ends (number)",
      "Share, high ends (number)", "Confidence of the values"],
    ids.map((id, index) => [providerName(id), format.usd(shareAt(report.lowEnds, id)?.value || { amount: "0" }),
      format.usd(shareAt(report.highEnds, id)?.value || { amount: "0" }), format.percent(low[index]),
      format.percent(high[index]), confidenceOf(perProvider.get(id) || [])]));
}

function drawPowerShares(report, source) {
  const ids = providersOf(report);
  const shares = ids.map((id) => shareAt(report.lowEnds, id)?.sharePercent ?? 0);
  shareBars(byId("shares-power-chart"), {
    names: ids.map(providerName),
    series: [{ name: "share of the gigawatts", values: shares }],
    axisName: "share of the committed power (%)",
    description: report.lowEnds
      ? `Bar chart: share of the committed power by provider: ${ids.map((id, index) => `${providerName(id)} `
        + `${format.percent(shares[index])}`).join(", ")}; ${format.gw(report.lowEnds.totalGigawatts)} in all.`
      : "Bar chart: no matching deal states its power.",
    formatTooltip: ({ dataIndex }) => {
      const share = shareAt(report.lowEnds, ids[dataIndex]);
      return `${providerName(ids[dataIndex])}\n${format.gw(share.gigawatts)}: ${format.percent(share.sharePercent)}`;
    },
  });
  fillStats(byId("shares-power-stats"), concentrationStats(report, "power"));
  byId("shares-power-note").textContent = report.lowEnds
    ? `${format.gw(report.lowEnds.totalGigawatts)} committed in all; commitments stated as chip counts are converted `
      + "with each accelerator's all-in kilowatts."
    : "";
  byId("shares-power-source").textContent = source;
  fillTable(byId("shares-power-table"), ["Provider", "Gigawatts (number)", "Share (number)"],
    ids.map((id, index) => [providerName(id), format.gw(shareAt(report.lowEnds, id).gigawatts),
      format.percent(shares[index])]));
}

function refreshShares() {
  return refresh(byId("shares"), async () => {
    const chosen = filters();
    const guidelines = byId("shares-guidelines").value;
    const valueQuery = { measure: "value", guidelines, ...chosen };
    const powerQuery = { measure: "power", guidelines, ...chosen };
    const [byValue, byPower, scan] = await Promise.all([get("/analytics/concentration", valueQuery),
      get("/analytics/concentration", powerQuery), scanDeals(analysedDeals(chosen))]);
    return () => {
      drawValueShares(byValue, scan, requestOf("/analytics/concentration", valueQuery));
      drawPowerShares(byPower, requestOf("/analytics/concentration", powerQuery));
    };
  });
}

/** "2025 Q4" or "2025-10" for a period starting on `start`. */
function periodName(start, granularity) {
  const [year, month] = start.split("-");
  return granularity === "quarter" ? `${year} Q${Math.floor((Number(month) - 1) / 3) + 1}` : `${year}-${month}`;
}

function drawTimeline(timeline, source) {
  const periods = timeline.points.map((point) => periodName(point.periodStart, timeline.granularity));
  const names = [...new Set(timeline.points.flatMap((point) => point.groups.map((group) => group.group)))];
  const shown = (name) => (timeline.groupBy === "provider" ? providerName(name) : name);
  const groups = names.map((name) => {
    const cells = timeline.points.map((point) => point.groups.find((group) => group.group === name));
    const estimated = cells.some((cell) => cell?.estimated);
    return { estimated, name: estimated ? `${shown(name)} (estimated)` : shown(name),
      values: cells.map((cell) => (cell ? Number(cell.gigawatts) : 0)), cells };
  });
  const last = timeline.points[timeline.points.length - 1];
  stackedCapacity(byId("timeline-chart"), {
    periods,
    groups,
    description: last
      ? `Stacked bar chart: gigawatts online at the end of each ${timeline.granularity} from ${periods[0]} to `
        + `${periods[periods.length - 1]}, by ${timeline.groupBy}. At the end of ${periods[periods.length - 1]}: `
        + `${format.gw(last.totalGigawatts)}${last.groups.map((group) => `, ${shown(group.group)} `
        + `${format.gw(group.gigawatts)}${group.estimated ? " (estimated)" : ""}`).join("")}.`
      : "Stacked bar chart: no period in the chosen range.",
    formatTooltip: ({ seriesName, dataIndex }) => `${periods[dataIndex]}, ${seriesName}\n`
      + `${format.gw(groups.find((group) => group.name === seriesName).values[dataIndex])} online at the period end`,
  });
  byId("timeline-note").textContent = `${format.plural(timeline.commitmentsLeftOut, "commitment")} left out (no `
    + "start, full-capacity date or power to place it by).";
  byId("timeline-source").textContent = source;
  fillTable(byId("timeline-table"), ["Period", "Ends on", "Total GW (number)",
    ...groups.map((group) => `${group.name} GW (number)`)],
  timeline.points.map((point, index) => [periods[index], point.periodEnd, format.gw(point.totalGigawatts),
    ...groups.map((group) => (group.cells[index] ? format.gw(group.cells[index].gigawatts) : "–"))]));
}

function refreshTimeline() {
  return refresh(byId("timeline"), async () => {
    const query = { from: byId("timeline-from").value, to: byId("timeline-to").value,
      granularity: byId("timeline-granularity").value, groupBy: byId("timeline-group").value, ...filters() };
    const timeline = await get("/analytics/capacity-timeline", query);
    return () => drawTimeline(timeline, requestOf("/analytics/capacity-timeline", query));
  });
}

function drawExposure(exposure, scan, source) {
  const rows = exposure.byProvider;
  const perProvider = byProvider(scan.deals);
  const names = rows.map((row) => {
    const notes = [confidenceOf(perProvider.get(row.providerId) || [])];
    if (row.undisclosedDeals) {
      notes.push(`${format.plural(row.undisclosedDeals, "deal")} undisclosed`);
    }
    return [providerName(row.providerId), ...notes.filter(Boolean)].join("\n");
  });
  moneyBars(byId("exposure-chart"), {
    names,
    undisclosed: rows.map((row) => row.undisclosedDeals > 0 && Number(row.high.amount) === 0),
    low: rows.map((row) => format.billions(row.low)),
    high: rows.map((row) => format.billions(row.high)),
    description: rows.length
      ? `Bar chart: ${exposure.customer}'s disclosed commitments by provider, USD: `
        + `${rows.map((row) => `${providerName(row.providerId)} ${format.usdRange(row.low, row.high)}`
        + (row.undisclosedDeals ? ` and ${format.plural(row.undisclosedDeals, "undisclosed deal")}` : "")).join(", ")}.`
      : `Bar chart: no deal of ${exposure.customer} matches the filters.`,
    formatTooltip: ({ seriesName, dataIndex }) => `${providerName(rows[dataIndex].providerId)}, ${seriesName}\n`
      + `${format.usd(seriesName === "low ends" ? rows[dataIndex].low : rows[dataIndex].high)}`,
  });
  const largest = exposure.largestProvider;
  fillStats(byId("exposure-stats"), [
    ["Disclosed total", format.usdRange(exposure.disclosedLow, exposure.disclosedHigh), "disclosed"],
    ["Deals", format.count(exposure.deals), "deals"],
    ["Undisclosed deals", `${format.count(exposure.undisclosedDeals)} (counted, not guessed)`, "undisclosed"],
    ["A year, over the deals with a term", `${format.usdRange(exposure.annualizedLow, exposure.annualizedHigh)} `
      + `(${format.plural(exposure.annualizedDeals, "deal")})`, "annualized"],
    ["Largest provider", largest ? `${providerName(largest.providerId)}: ${format.percent(largest.shareOfLowTotal)}`
      + (largest.shareOfLowTotal === largest.shareOfHighTotal ? "" : ` – ${format.percent(largest.shareOfHighTotal)}`)
      : "none disclosed", "largest"],
  ]);
  byId("exposure-note").textContent = confidenceNote(scan);
  byId("exposure-source").textContent = source;
  fillTable(byId("exposure-table"), ["Provider", "Deals (number)", "Undisclosed (number)", "Low ends (number)",
    "High ends (number)", "A year, low ends (number)", "A year, high ends (number)", "Confidence of the values"],
  rows.map((row) => [providerName(row.providerId), format.count(row.deals), format.count(row.undisclosedDeals),
    format.usd(row.low), format.usd(row.high), format.usd(row.annualizedLow), format.usd(row.annualizedHigh),
    confidenceOf(perProvider.get(row.providerId) || [])]));
}

function refreshExposure() {
  return refresh(byId("exposure"), async () => {
    const customer = byId("exposure-customer").value.trim();
    const query = { ...filters(), customer };
    const [exposure, scan] = await Promise.all([get("/analytics/exposure", query), scanDeals(analysedDeals(query))]);
    return () => drawExposure(exposure, scan, requestOf("/analytics/exposure", query));
  });
}

/** A decimal text times a billion, as a decimal text ("42.5" → "42500000000"), without binary rounding. */
function timesBillion(decimal) {
  const [whole, fraction = ""] = decimal.split(".");
  return `${whole}${fraction.padEnd(9, "0")}`.replace(/^0+(?=\d)/, "");
}

function refreshBuildOut() {
  return refresh(byId("buildout"), async () => {
    const query = { targetGigawatts: byId("buildout-target").value.trim(),
      gigawattsPerWeek: byId("buildout-pace").value.trim(),
      capexPerGigawatt: timesBillion(byId("buildout-cost").value.trim()),
      homesPerGigawatt: byId("buildout-homes").value.trim() };
    const scenario = await get("/analytics/build-out", query);
    return () => {
      fillStats(byId("buildout-results"), [
        ["Weeks", `${format.count(scenario.weeks)} (${format.count(scenario.years)} years)`, "weeks"],
        ["Capex", format.usd(scenario.capex), "capex"],
        ["US homes powered", format.count(scenario.homesPowered), "homes"],
        ["Factors used", `${format.usd(scenario.factors.capexPerGigawatt)} and `
          + `${format.count(scenario.factors.homesPerGigawatt)} homes a GW`, "factors"],
      ]);
      byId("buildout-source").textContent = requestOf("/analytics/build-out", query);
    };
  });
}

function termOf(term) {
  if (!term.durationMonths) {
    return "not stated";
  }
  return term.start ? `${term.start} to ${term.end} (${term.durationMonths} months)` : `${term.durationMonths} months`;
}

function dealRow(deal) {
  const open = element("button", { text: deal.customer, className: "deal-open", attributes: { type: "button",
    "aria-label": `Open the deal of ${deal.customer} with ${providerName(deal.providerId)}, `
      + `announced ${deal.announcedOn}` } });
  open.addEventListener("click", () => openDeal(deal.id));
  return [open, providerName(deal.providerId), deal.announcedOn, format.dealValue(deal.value),
    format.words(deal.valueConfidence), format.words(deal.status), termOf(deal.term)];
}

function showDeals(cursor) {
  return refresh(byId("deals"), async () => {
    const query = { ...filters(), sort: byId("deals-sort").value, limit: byId("deals-limit").value, cursor };
    const page = await get("/deals", query);
    return () => {
      shownCursor = cursor;
      const body = byId("deals-table").tBodies[0];
      body.replaceChildren(...page.items.map((deal) => element("tr", {}, ...dealRow(deal).map((cell) => {
        const td = element("td");
        td.append(cell);
        return td;
      }))));
      if (!page.items.length) {
        body.append(element("tr", {}, element("td", { text: "No deal matches the filters.",
          attributes: { colspan: "7" } })));
      }
      const next = nextCursor(page);
      byId("deals-next").disabled = !next;
      byId("deals-next").dataset.cursor = next || "";
      byId("deals-previous").disabled = earlierCursors.length === 0;
      byId("deals-page").textContent = `Page ${earlierCursors.length + 1}: ${format.plural(page.items.length, "deal")}`;
      byId("deals-source").textContent = requestOf("/deals", query);
    };
  });
}

function firstDealsPage() {
  earlierCursors.length = 0;
  return showDeals(undefined);
}

function historyEntry(entry) {
  const changes = element("ul", {}, ...entry.changes.map((change) => element("li", {
    text: change.before === undefined ? `${change.field}: ${change.after}`
      : `${change.field}: ${change.before} → ${change.after ?? "(removed)"}` })));
  return element("li", { text: `Version ${entry.version}: ${format.words(entry.kind)} by ${entry.actor}, `
    + `${entry.occurredAt}` }, changes);
}

/** The address as a URL when it is an http(s) one (the only kind the page links to), else undefined. */
function webAddress(text) {
  try {
    const address = new URL(text);
    return ["http:", "https:"].includes(address.protocol) ? address : undefined;
  } catch {
    return undefined;
  }
}

function sourceLink(source) {
  const line = element("span", { text: ` (${source.publishedOn || "undated"})` });
  const address = webAddress(source.address);
  const title = address
    ? element("a", { text: source.title, attributes: { href: address.href, rel: "noopener noreferrer" } })
    : element("span", { text: `${source.title} <${source.address}>` });
  return element("li", {}, title, line);
}

function commitmentText(commitment) {
  const power = commitment.gigawatts ? format.gw(commitment.gigawatts)
    : `${commitment.unitsApproximate ? "about " : ""}${format.count(commitment.units)} units`;
  return `${commitment.acceleratorId}: ${power}, full capacity by ${commitment.fullCapacityBy || "not stated"}`;
}

async function openDeal(id) {
  const dialog = byId("deal-detail");
  const alert = dialog.querySelector(".error");
  dialog.dataset.state = "loading";
  byId("deal-detail-title").textContent = "Reading the deal…";
  byId("deal-detail-fields").replaceChildren();
  byId("deal-history").replaceChildren();
  if (!dialog.open) {
    dialog.showModal();
  }
  try {
    const [deal, history] = await Promise.all([get(`/deals/${encodeURIComponent(id)}`),
      get(`/deals/${encodeURIComponent(id)}/history`)]);
    byId("deal-detail-title").textContent = `${deal.customer} with ${providerName(deal.providerId)}, `
      + `announced ${deal.announcedOn}`;
    fillStats(byId("deal-detail-fields"), [
      ["Value (USD)", format.dealValue(deal.value), "value"],
      ["Confidence of the value", format.words(deal.valueConfidence), "confidence"],
      ["A year", deal.annualizedValue ? format.dealValue(deal.annualizedValue) : "no term to spread it over",
        "annualized"],
      ["Status", format.words(deal.status), "status"],
      ["Term", termOf(deal.term), "term"],
      ["Commitments", deal.commitments.map(commitmentText).join("; ") || "none stated", "commitments"],
      ["Expansion", deal.expansion ? `through ${deal.expansion.through}${deal.expansion.note
        ? ` (${deal.expansion.note})` : ""}` : "none stated", "expansion"],
      ["Version", `${deal.version}, recorded ${deal.recordedAt}, updated ${deal.updatedAt}`, "version"],
    ]);
    const sources = element("ul", {}, ...deal.sources.map(sourceLink));
    const fields = byId("deal-detail-fields");
    fields.append(element("div", { attributes: { "data-term": "sources" } }, element("dt", { text: "Sources" }),
      element("dd", {}, sources)));
    byId("deal-history").replaceChildren(...history.map(historyEntry));
    byId("deal-detail-source").textContent = `${requestOf(`/deals/${id}`)} and ${requestOf(`/deals/${id}/history`)}`;
    alert.textContent = "";
    dialog.dataset.state = "ready";
  } catch (failure) {
    alert.textContent = `Could not read the deal: ${failure.message}`;
    dialog.dataset.state = "error";
  }
}

function refreshMarket() {
  refreshShares();
  refreshTimeline();
  refreshExposure();
  firstDealsPage();
}

/** The first day of last year to the last day of next year: the capacity being built now, either side. */
function defaultTimelineRange() {
  const year = new Date().getFullYear();
  byId("timeline-from").value = `${year - 1}-01-01`;
  byId("timeline-to").value = `${year + 1}-12-31`;
}

/** The providers for the filter and for names, and the customers already in the ledger for the choosers. */
async function loadChoices() {
  const [providers, scan] = await Promise.all([get("/providers"), scanDeals({})]);
  for (const provider of providers) {
    providerNames.set(provider.id, provider.name);
    byId("filter-provider").append(element("option", { text: provider.name, attributes: { value: provider.id } }));
  }
  const counts = new Map();
  for (const deal of scan.deals) {
    counts.set(deal.customer, (counts.get(deal.customer) || 0) + 1);
  }
  const customers = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  byId("customers").replaceChildren(...customers.map((name) => element("option", { attributes: { value: name } })));
  byId("exposure-customer").value = customers[0] || "";
}

function listen() {
  const form = byId("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refreshMarket();
  });
  form.addEventListener("change", refreshMarket);
  form.querySelector("button[type=reset]").addEventListener("click", (event) => {
    event.preventDefault();
    form.reset();
    refreshMarket();
  });
  byId("shares-guidelines").addEventListener("change", refreshShares);
  for (const id of ["timeline-from", "timeline-to", "timeline-granularity", "timeline-group"]) {
    byId(id).addEventListener("change", refreshTimeline);
  }
  byId("exposure-customer").addEventListener("change", refreshExposure);
  byId("buildout-form").addEventListener("submit", (event) => {
    event.preventDefault();
    refreshBuildOut();
  });
  byId("deals-sort").addEventListener("change", firstDealsPage);
  byId("deals-limit").addEventListener("change", firstDealsPage);
  byId("deals-next").addEventListener("click", () => {
    earlierCursors.push(shownCursor);
    showDeals(byId("deals-next").dataset.cursor);
  });
  byId("deals-previous").addEventListener("click", () => showDeals(earlierCursors.pop()));
  byId("deal-detail-close").addEventListener("click", () => byId("deal-detail").close());
}

async function start() {
  defaultTimelineRange();
  listen();
  try {
    await loadChoices();
  } catch (failure) {
    document.querySelectorAll("section .error").forEach((alert) => {
      alert.textContent = `Could not read the ledger: ${failure.message}`;
    });
    return;
  }
  refreshMarket();
  refreshBuildOut();
}

start();
