// How the dashboard writes numbers: money and power arrive as decimal strings, shares and HHI as JSON numbers.

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const gigawatts = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** A share as the API gives it, with two decimals: "51.02 %". */
export function percent(value) {
  return `${twoDecimals.format(value)} %`;
}

/** An HHI with its thousands grouped: "4,452.54". */
export function hhi(value) {
  return twoDecimals.format(value);
}

/** Billions of USD for charts (a number), from a money object of the API. */
export function billions(money) {
  return Number(money.amount) / 1e9;
}

/** Money as text: "USD 300 B", "USD 1.2 T", "USD 5.43 B"; plain below a million. */
export function usd(money) {
  const amount = Number(money.amount);
  const currency = money.currency || "USD";
  if (amount >= 1e12) {
    return `${currency} ${grouped.format(amount / 1e12)} T`;
  }
  if (amount >= 1e9) {
    return `${currency} ${grouped.format(amount / 1e9)} B`;
  }
  if (amount >= 1e6) {
    return `${currency} ${grouped.format(amount / 1e6)} M`;
  }
  return `${currency} ${grouped.format(amount)}`;
}

/** A range of money: one figure when both ends agree, "low – high" otherwise. */
export function usdRange(low, high) {
  return low.amount === high.amount ? usd(low) : `${usd(low)} – ${usd(high)}`;
}

/** Gigawatts as text from the API's decimal string: "0.45 GW". */
export function gw(decimal) {
  return `${gigawatts.format(Number(decimal))} GW`;
}

/** A whole number with its thousands grouped. */
export function count(value) {
  return grouped.format(value);
}

/** "1 deal", "3 deals". */
export function plural(value, noun) {
  return `${count(value)} ${noun}${value === 1 ? "" : "s"}`;
}

/** A deal's value as the table shows it: exact, range, or "undisclosed". */
export function dealValue(value) {
  if (value.kind === "exact") {
    return usd(value);
  }
  if (value.kind === "range") {
    return usdRange({ amount: value.low, currency: value.currency }, { amount: value.high, currency: value.currency });
  }
  return "undisclosed";
}

/** A constant of the API in lower case words: "ANNOUNCED" → "announced", "us-2023" → "us 2023". */
export function words(constant) {
  return constant.toLowerCase().replaceAll(/[-_]/g, " ");
}
