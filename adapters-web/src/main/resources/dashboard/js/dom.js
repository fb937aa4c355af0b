// Small DOM helpers. Text from the API is only ever set as text (textContent), never parsed as HTML.

/** An element with text, attributes and children. */
export function element(tag, { text, className, attributes = {} } = {}, ...children) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/**
 * Fills `table` with a header row and body rows; a column whose header ends in "(number)" is
 * right-aligned (the marker is not shown). Each row is an array of texts or of nodes.
 */
export function fillTable(table, headers, rows) {
  const numeric = headers.map((header) => header.endsWith(" (number)"));
  const head = element("thead", {}, element("tr", {}, ...headers.map((header, column) => element("th", {
    text: header.replace(" (number)", ""), className: numeric[column] ? "number" : undefined,
    attributes: { scope: "col" },
  }))));
  const body = element("tbody", {}, ...rows.map((row) => element("tr", {}, ...row.map((cell, column) => {
    const td = element("td", { className: numeric[column] ? "number" : undefined });
    td.append(cell);
    return td;
  }))));
  table.replaceChildren(head, body);
}

/** Fills a definition list with term → value pairs; each pair carries `data-term` for readers and tests. */
export function fillStats(list, pairs) {
  list.replaceChildren(...pairs.map(([term, value, key]) => element("div", { attributes: { "data-term": key } },
    element("dt", { text: term }), element("dd", { text: value }))));
}

/**
 * Runs `task` for `section`: marks it loading, then ready or error (with the problem's words in its
 * alert). A newer run supersedes an older one still waiting, so a slow answer never overwrites a newer one.
 */
export async function refresh(section, task) {
  const ticket = (Number(section.dataset.ticket) || 0) + 1;
  section.dataset.ticket = String(ticket);
  section.dataset.state = "loading";
  section.setAttribute("aria-busy", "true");
  const alert = section.querySelector(".error");
  try {
    const render = await task();
    if (section.dataset.ticket !== String(ticket)) {
      return;
    }
    render();
    alert.textContent = "";
    section.dataset.state = "ready";
  } catch (failure) {
    if (section.dataset.ticket === String(ticket)) {
      alert.textContent = `Could not read the ledger: ${failure.message}`;
      section.dataset.state = "error";
    }
  } finally {
    if (section.dataset.ticket === String(ticket)) {
      section.removeAttribute("aria-busy");
    }
  }
}
