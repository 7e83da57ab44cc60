"use strict";
// Loads DSFR Chart (this script's data-src and data-integrity: the library's full bundle, whose components render
// in the page's own DOM and so receive DSFR's and DSFR Chart's stylesheets) once one of the page's charts (data-tag)
// comes near the viewport: the bundle never competes with the first paint, and costs nothing to a visitor who
// does not scroll down to the chart. The module script is our own file (script-src 'self') with the bundle's
// integrity. Charts that htmx swaps in later are watched too; printing loads the bundle at once.
//
// Once a component has drawn, it is adjusted through its own instance, never redrawn by hand:
// - line and bar charts: axis ticks and tooltips in French (« 4 500 », « 48,5 »), the tooltip built with DOM
//   methods (the component's own writes inline style attributes through innerHTML, which our CSP refuses), the
//   tooltip's header carrying the period's coverage note (data-notes: { label: « provisoire, 4/5 — … » });
// - the regional map: the side panel names the place its figure belongs to (the region, then the clicked
//   département: data-region-name, data-places), and the tooltip's figure is French with the table's decimals.
// The figure's data-styles: how each series of a line chart is drawn ("reference": a dashed line without points, for the
// trajectory and the target; "provisional": dashed, for the partial periods).
// The figure's data-decimals: how many decimals each series shows (a list for charts, a number for the map; null: up to 4),
// the same as the accessible table beside the chart.
(() => {
  const loader = document.currentScript;
  const { tag, src, integrity } = loader.dataset;
  const TAGS = ["line-chart", "bar-chart", "map-chart-reg"];
  let loaded = false;
  let observer = null;

  // « 4 512 », « 48,5 », « −3,2 »: the same text as the portal's fr_number filter.
  const fr = (value, decimals) => {
    if (value === null || value === undefined || value === "" || Number.isNaN(Number(value))) return "";
    const fixed = decimals === null || decimals === undefined;
    const text = new Intl.NumberFormat("fr-FR", {
      minimumFractionDigits: fixed ? 0 : decimals,
      maximumFractionDigits: fixed ? 4 : decimals,
    }).format(Number(value));
    return text.replace(/\u00a0/g, "\u202f").replace("-", "\u2212");
  };

  const json = (text, fallback) => {
    try {
      return text ? JSON.parse(text) : fallback;
    } catch {
      return fallback;
    }
  };

  // Our settings of a chart (data-decimals, data-styles…) and its « adjusted » mark live on its <figure>: on the
  // component itself, Vue would take them for props it does not know and warn in the console.
  const settingsOf = (el) => el.closest("figure")?.dataset ?? {};

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const adjustChart = (el, proxy) => {
    const chart = proxy.chart;
    const settings = settingsOf(el);
    const decimals = json(settings.decimals, []);
    const notes = json(settings.notes, {});
    const unit = el.getAttribute("unit-tooltip") || "";
    const names = proxy.nameParse || [];
    const colours = proxy.colorParse || [];
    const tooltip = el.querySelector(".tooltip");
    const valueAxis = chart.options.indexAxis === "y" ? "x" : "y";

    const styles = json(settings.styles, []);
    chart.data.datasets.forEach((dataset, series) => {
      if (styles[series] === "reference") {
        Object.assign(dataset, { pointRadius: 0, pointHoverRadius: 0, tension: 0, borderDash: [8, 4] });
      } else if (styles[series] === "provisional") {
        dataset.borderDash = [4, 4];
      }
    });
    // Values on one line, joined across the months without a figure; a taller chart on a phone.
    chart.options.spanGaps = true;
    const aspectRatio = (width) => (width < 576 ? 1.2 : Number(el.getAttribute("aspect-ratio")) || 2);
    chart.options.aspectRatio = aspectRatio(chart.width);
    chart.options.onResize = (resized, size) => {
      const ratio = aspectRatio(size.width);
      if (resized.options.aspectRatio !== ratio) {
        resized.options.aspectRatio = ratio;
        requestAnimationFrame(() => resized.resize());
      }
    };
    // Drawn at once in its final state: the adjustments land while the first animation runs, which is stopped
    // (it would go on moving the points from where it started).
    chart.options.animation = false;
    chart.stop();
    chart.options.locale = "fr-FR";
    // On the canvas, a no-break space between thousands (the fonts draw no narrow one there): « 4 500 ».
    chart.options.scales[valueAxis].ticks.callback = (value) => fr(value).replace(/\u202f/g, "\u00a0");
    chart.options.plugins.tooltip.external = ({ tooltip: model }) => {
      if (!tooltip) return;
      if (!model || model.opacity === 0 || !model.dataPoints?.length) {
        tooltip.style.opacity = 0;
        return;
      }
      const label = model.title?.[0] ?? "";
      const index = model.dataPoints[0].dataIndex;
      tooltip.querySelector(".tooltip_header").textContent = notes[label] ? `${label} — ${notes[label]}` : label;
      const body = tooltip.querySelector(".tooltip_value");
      body.replaceChildren();
      chart.data.datasets.forEach((dataset, series) => {
        const value = dataset.data[index];
        if (value === null || value === undefined) return;
        const row = element("div", "tooltip_value-content");
        const dot = element("span", "tooltip_dot");
        const colour = colours[series];
        dot.style.backgroundColor = Array.isArray(colour) ? colour[index] : colour;
        const text = element("p", "tooltip_place fr-mb-0");
        if (names.length > 1) text.append(`${names[series]} : `);
        const figure = element("strong", "portal-tooltip-value", fr(value, decimals[series]));
        figure.dataset.series = names[series] || "";
        text.append(figure, unit ? `\u00a0${unit}` : "");
        row.append(dot, text);
        body.append(row);
      });
      // Placed as the component places it, inside the chart's box (.portal-chart .chart is its containing block).
      const canvas = chart.canvas;
      let left = canvas.offsetLeft + model.caretX + 10;
      let top = canvas.offsetTop + model.caretY - 20;
      if (left + tooltip.clientWidth > canvas.offsetLeft + canvas.clientWidth) {
        left = canvas.offsetLeft + model.caretX - tooltip.clientWidth - 10;
      }
      if (left < canvas.offsetLeft) left = canvas.offsetLeft;
      if (top + tooltip.clientHeight > canvas.offsetTop + canvas.clientHeight) {
        top = canvas.offsetTop + canvas.clientHeight - tooltip.clientHeight;
      }
      tooltip.style.position = "absolute";
      tooltip.style.left = `${Math.max(0, left)}px`;
      tooltip.style.top = `${Math.max(0, top)}px`;
      tooltip.style.opacity = 1;
    };
    chart.resize();
    // A full update (not "none", which keeps the points' options as first resolved); instant, without animation.
    chart.update();
  };

  const adjustMap = (el, instance) => {
    const proxy = instance.proxy;
    const ctx = instance.ctx;
    const settings = settingsOf(el);
    const places = json(settings.places, {});
    const decimals = json(settings.decimals, null);
    const regionName = settings.regionName || "";
    const name = () => {
      proxy.InfoProps.localisation = proxy.zoomDep ? places[proxy.zoomDep] || proxy.zoomDep : regionName;
    };
    // The map's figure is hidden from assistive technologies (the table beside it is their version): its « Retour »
    // button, shown after a click on a département, stays out of the keyboard's way too.
    const unfocusable = () => {
      for (const button of el.querySelectorAll("button")) button.tabIndex = -1;
    };
    const createChart = ctx.createChart;
    ctx.createChart = (...args) => {
      createChart(...args);
      name();
      proxy.$nextTick(unfocusable);
    };
    const displayTooltip = ctx.displayTooltip;
    ctx.displayTooltip = (event) => {
      displayTooltip(event);
      const code = event.target.className.baseVal.replace("FR-", "");
      proxy.tooltip.place = places[code] || proxy.tooltip.place;
      proxy.tooltip.value = fr(proxy.dataParse[code], decimals);
    };
    name();
    proxy.$forceUpdate();
  };

  // The component mounts when its element is upgraded, and draws in its mounted hook: wait for both.
  const adjust = (el, frames = 600) => {
    if (settingsOf(el).adjusted) return;
    const instance = el._instance;
    const ready = instance?.isMounted && (el.localName === "map-chart-reg" || instance.proxy.chart);
    if (!ready) {
      if (frames > 0) requestAnimationFrame(() => adjust(el, frames - 1));
      return;
    }
    if (el.localName === "map-chart-reg") adjustMap(el, instance);
    else adjustChart(el, instance.proxy);
    settingsOf(el).adjusted = "true";
  };

  const adjustAll = (root) => {
    for (const name of TAGS) {
      for (const el of root.querySelectorAll(name)) customElements.whenDefined(name).then(() => adjust(el));
    }
  };

  const load = () => {
    if (loaded) return;
    loaded = true;
    observer?.disconnect();
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    script.integrity = integrity;
    script.addEventListener("load", () => adjustAll(document));
    document.head.append(script);
  };

  observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load();
    },
    { rootMargin: "50% 0px" },
  );
  const watch = (root) => {
    for (const chart of root.querySelectorAll(tag)) observer.observe(chart);
  };
  watch(document);
  document.addEventListener("htmx:load", (event) => {
    const root = event.detail.elt.parentElement || document;
    if (loaded) adjustAll(root);
    else watch(root);
  });
  window.addEventListener("beforeprint", load);
})();
