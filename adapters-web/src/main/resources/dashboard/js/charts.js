// The charts, drawn by Apache ECharts (served by the service from its webjar, docs/adr/0025) on canvas. Tooltips
// are drawn on the canvas too (renderMode "richText"): no HTML is made from the data, and no inline style is needed.
import * as echarts from "/dashboard/lib/echarts/echarts.esm.min.js";

/** Colour-blind safe series colours (Okabe–Ito). */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Hatching that marks estimated figures (gigawatts derived from chip counts). */
const ESTIMATED = { symbol: "rect", symbolSize: 1, color: "rgba(255, 255, 255, 0.55)", dashArrayX: [1, 0],
  dashArrayY: [3, 4], rotation: -Math.PI / 4 };

const TEXT = { color: "#1b1f24", fontSize: 12 };

const observed = new WeakSet();

/**
 * Draws `option` in `container` (replacing what was there) and gives the container the text
 * alternative `description`; the chart follows the container's size.
 */
function draw(container, option, description) {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container, null, { renderer: "canvas" });
  chart.setOption({
    color: PALETTE,
    textStyle: TEXT,
    animation: false,
    aria: { enabled: false },
    tooltip: { renderMode: "richText", confine: true },
    ...option,
  }, true);
  container.setAttribute("aria-label", description);
  if (!observed.has(container)) {
    new ResizeObserver(() => chart.resize()).observe(container);
    observed.add(container);
  }
}

/** A category axis of names, wrapped rather than overlapping. */
function namesAxis(names, width) {
  return { type: "category", data: names, inverse: true, axisTick: { show: false },
    axisLabel: { width, overflow: "break", lineHeight: 14, interval: 0 } };
}

/**
 * Horizontal bars of shares in percent, one bar per series (the low and the high ends of value ranges, or one
 * series for power); each bar labelled with its share.
 */
export function shareBars(container, { names, series, axisName, description, formatTooltip }) {
  draw(container, {
    grid: { left: 8, right: 56, top: 28, bottom: 36, containLabel: true },
    legend: { top: 0, data: series.map((one) => one.name) },
    tooltip: { trigger: "item", renderMode: "richText", confine: true, formatter: formatTooltip },
    xAxis: { type: "value", max: 100, interval: 25, name: axisName, nameLocation: "middle", nameGap: 24,
      axisLabel: { formatter: "{value} %", hideOverlap: true } },
    yAxis: namesAxis(names, 120),
    series: series.map((one) => ({
      name: one.name, type: "bar", data: one.values, barMaxWidth: 22,
      label: { show: true, position: "right", formatter: ({ value }) => `${value.toFixed(2)} %` },
      labelLayout: { hideOverlap: true },
    })),
  }, description);
}

/**
 * Horizontal bars of money in USD billions per provider: the low and the high ends of disclosed totals; a provider
 * whose deals are all `undisclosed` is labelled so rather than "0 B".
 */
export function moneyBars(container, { names, low, high, undisclosed, description, formatTooltip }) {
  const label = { show: true, position: "right", formatter: ({ value, dataIndex }) => (undisclosed[dataIndex]
    ? "undisclosed" : `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })} B`) };
  draw(container, {
    grid: { left: 8, right: 64, top: 28, bottom: 36, containLabel: true },
    legend: { top: 0, data: ["low ends", "high ends"] },
    tooltip: { trigger: "item", renderMode: "richText", confine: true, formatter: formatTooltip },
    xAxis: { type: "value", splitNumber: 4, name: "USD billions", nameLocation: "middle", nameGap: 24,
      axisLabel: { hideOverlap: true } },
    yAxis: namesAxis(names, 120),
    series: [
      { name: "low ends", type: "bar", data: low, barMaxWidth: 22, label, labelLayout: { hideOverlap: true } },
      { name: "high ends", type: "bar", data: high, barMaxWidth: 22, label, labelLayout: { hideOverlap: true } },
    ],
  }, description);
}

/**
 * Bars of gigawatts per period stacked by group; a group whose figures are estimated is hatched and its legend
 * entry says so.
 */
export function stackedCapacity(container, { periods, groups, description, formatTooltip }) {
  draw(container, {
    grid: { left: 8, right: 16, top: 36, bottom: 28, containLabel: true },
    legend: { top: 0, type: "scroll", data: groups.map((group) => group.name) },
    tooltip: { trigger: "item", renderMode: "richText", confine: true, formatter: formatTooltip },
    xAxis: { type: "category", data: periods, axisLabel: { hideOverlap: true } },
    yAxis: { type: "value", axisLabel: { formatter: "{value} GW", hideOverlap: true } },
    series: groups.map((group) => ({
      name: group.name, type: "bar", stack: "online", data: group.values, barMaxWidth: 48,
      itemStyle: group.estimated ? { decal: ESTIMATED } : {},
    })),
  }, description);
}
