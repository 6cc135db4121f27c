// Horizontal bar charts drawn as inline SVG: one bar per group, from 0, a mark at the scenario as
// loaded, and the value written at the end. Hand-written (no charting library): the page redraws on
// every change, and a chart with the same groups is updated in place.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

const Charts = {
  /**
   * Draws rows [{key, label, value, baseline, text}] (value and baseline numbers; text shown) into
   * container.
   */
  bars(container, rows) {
    // Drawn at the container's own width, so that text keeps its size whatever the layout.
    const width = Math.max(360, Math.round(container.clientWidth || 640));
    const labelWidth = Math.min(190, Math.round(width * 0.3)), textWidth = 140, rowHeight = 19;
    const plot = width - labelWidth - textWidth;
    let max = 0;
    for (const row of rows) {
      max = Math.max(max, row.value || 0, row.baseline || 0);
    }
    max = max > 0 ? max * 1.02 : 1;
    const keys = width + "\u0000" + rows.map(row => row.key).join("\u0000");
    let chart = container.chart;
    if (!chart || chart.keys !== keys) {
      container.textContent = "";
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", "0 0 " + width + " " + (rows.length * rowHeight + 4));
      svg.setAttribute("width", width);
      svg.setAttribute("height", rows.length * rowHeight + 4);
      svg.setAttribute("role", "img");
      const items = rows.map((row, k) => {
        const y = k * rowHeight + 2;
        const label = element("text", {x: labelWidth - 6, y: y + 12, "text-anchor": "end"});
        const bar = element("rect", {class: "bar", x: labelWidth, y: y + 2, height: rowHeight - 5, width: 0});
        const mark = element("line", {class: "mark", y1: y, y2: y + rowHeight - 1});
        const text = element("text", {y: y + 12});
        text.dataset.group = row.key;
        svg.append(label, bar, mark, text);
        return {label, bar, mark, text};
      });
      container.append(svg);
      chart = container.chart = {keys, items};
    }
    rows.forEach((row, k) => {
      const item = chart.items[k];
      const barWidth = Math.max(0, (row.value || 0) / max * plot);
      const markX = labelWidth + Math.max(0, (row.baseline || 0) / max * plot);
      item.label.textContent = row.label;
      item.bar.setAttribute("width", barWidth.toFixed(1));
      item.mark.setAttribute("x1", markX.toFixed(1));
      item.mark.setAttribute("x2", markX.toFixed(1));
      item.text.setAttribute("x", (labelWidth + Math.max(barWidth, markX - labelWidth) + 6).toFixed(1));
      item.text.textContent = row.text;
      item.text.dataset.value = row.raw || "";
    });
  },
};

function element(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, value);
  }
  return node;
}
