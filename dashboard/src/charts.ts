/** uPlot charts sized to their panel: a line over block heights and a bar chart of named parts. */
import uPlot from "uplot";
import { h } from "./dom.ts";

const HEIGHT = 180;

/** Keeps a chart as wide as its wrapper (panels reflow with the window). */
function fit(wrap: HTMLElement, plot: uPlot): void {
  new ResizeObserver(() => {
    const w = Math.floor(wrap.clientWidth);
    if (w > 0 && w !== plot.width) plot.setSize({ width: w, height: HEIGHT });
  }).observe(wrap);
}

export interface LineChart {
  el: HTMLElement;
  set(xs: number[], ys: (number | null)[]): void;
}

/** `y` over block height; `unit` is appended to axis values. */
export function lineChart(name: string, color: string, unit: string, digits = 2, opts2: { points?: boolean; stepped?: boolean; fromZero?: boolean } = {}): LineChart {
  const wrap = h("div", { class: "chart", "data-chart": name });
  const opts: uPlot.Options = {
    width: 400,
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    // Rates start at zero (and show a flat line at zero, not a scale around it).
    scales: { x: { time: false }, y: opts2.fromZero ? { range: (_u, _min, max) => [0, Math.max(max * 1.15, 1)] } : {} },
    axes: [
      { stroke: "#667085", grid: { stroke: "#eef0f3" }, values: (_u, vs) => vs.map((v) => (Number.isInteger(v) ? String(v) : "")) },
      { stroke: "#667085", grid: { stroke: "#eef0f3" }, size: 56, values: (_u, vs) => vs.map((v) => `${v.toFixed(digits)}${unit}`) },
    ],
    series: [
      { label: "height" },
      { label: name, stroke: color, width: 2, fill: `${color}22`, points: { show: opts2.points ?? false, size: 7, fill: color }, paths: opts2.stepped ? uPlot.paths.stepped!({ align: 1 }) : undefined },
    ],
  };
  const plot = new uPlot(opts, [[], []], wrap);
  fit(wrap, plot);
  return { el: wrap, set: (xs, ys) => plot.setData([xs, ys]) };
}

/** One bar per part (exact amounts are in the table beside it; the chart shows proportions). */
export function barChart(name: string, parts: { label: string; value: number; color: string }[]): HTMLElement {
  const wrap = h("div", { class: "chart", "data-chart": name });
  const xs = parts.map((_, i) => i);
  const bars = uPlot.paths.bars!({ size: [0.6, 80], align: 0 });
  const opts: uPlot.Options = {
    width: 400,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, parts.length - 0.5] }, y: { range: (_u, _min, max) => [0, max * 1.1 || 1] } },
    axes: [
      { stroke: "#667085", grid: { show: false }, splits: () => xs, values: (_u, vs) => vs.map((v) => parts[v]?.label ?? "") },
      { stroke: "#667085", grid: { stroke: "#eef0f3" }, size: 64, values: (_u, vs) => vs.map((v) => Math.round(v).toLocaleString("en")) },
    ],
    series: [
      {},
      {
        label: name,
        paths: bars,
        points: { show: false },
        stroke: "#00000000",
        fill: (u: uPlot) => {
          // Each bar its part's colour: a horizontal gradient with hard stops at the bar edges.
          const ctx = u.ctx;
          const g = ctx.createLinearGradient(u.bbox.left, 0, u.bbox.left + u.bbox.width, 0);
          parts.forEach((p, i) => {
            const a = (u.valToPos(i - 0.5, "x", true) - u.bbox.left) / u.bbox.width;
            const b = (u.valToPos(i + 0.5, "x", true) - u.bbox.left) / u.bbox.width;
            g.addColorStop(Math.min(1, Math.max(0, a)), p.color);
            g.addColorStop(Math.min(1, Math.max(0, b)), p.color);
          });
          return g;
        },
      },
    ],
  };
  const plot = new uPlot(opts, [xs, parts.map((p) => p.value)], wrap);
  fit(wrap, plot);
  return wrap;
}
