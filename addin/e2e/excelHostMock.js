// Stands in for office.js in the Excel pane's browser test (after officeCommon.js): getFileAsync over the workbook the test
// puts on window.__odx.workbook (base64), and the part of the Excel API the pane calls. Protection is enforced as Excel does:
// a fill set on a protected sheet fails at sync. Fills live in sessionStorage, so they survive a reload of the pane, as they
// survive in a real workbook. Every fill, protection change and selection is recorded on window.__odx.
(() => {
  window.__odxHost = "Excel";
  const fills = JSON.parse(sessionStorage.getItem("odx-mock-fills") || "{}");
  const saveFills = () => sessionStorage.setItem("odx-mock-fills", JSON.stringify(fills));
  const state = { workbook: sessionStorage.getItem("odx-mock-workbook") || "", fills, protectedSheets: new Set(["施策", "指標", "用語"]), log: [], selected: null };
  window.__odx = state;
  const bytes = () => Uint8Array.from(atob(state.workbook), (c) => c.charCodeAt(0));
  const ok = (value) => ({ status: "succeeded", value });
  const pending = [];
  const worksheet = (name) => ({
    protection: {
      get protected() { return state.protectedSheets.has(name); },
      options: { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowFormatCells: false },
      load() {},
      unprotect() { pending.push(() => { state.protectedSheets.delete(name); state.log.push(`${name} unprotect`); }); },
      protect() { pending.push(() => { state.protectedSheets.add(name); state.log.push(`${name} protect`); }); },
    },
    activate() { pending.push(() => state.log.push(`${name} activate`)); },
    getRange(address) {
      const key = `${name}!${address}`;
      const fill = {
        load() {},
        get color() { return state.fills[key] ?? "#FFFFFF"; },
        set color(value) {
          pending.push(() => {
            if (state.protectedSheets.has(name)) throw new Error(`AccessDenied: ${name} は保護されています`);
            state.fills[key] = value;
            saveFills();
          });
        },
        clear() { pending.push(() => { delete state.fills[key]; saveFills(); }); },
      };
      return { format: { fill }, select() { pending.push(() => { state.selected = key; }); } };
    },
  });
  const context = {
    workbook: { worksheets: { getItem: (name) => worksheet(name) } },
    // Queued commands run in order at sync, as Excel runs a batch.
    sync: async () => { for (const command of pending.splice(0)) command(); },
  };
  const file = () => {
    const data = bytes();
    const size = 4096;
    return {
      sliceCount: Math.max(1, Math.ceil(data.length / size)),
      getSliceAsync(index, done) { setTimeout(() => done(ok({ data: Array.from(data.subarray(index * size, (index + 1) * size)) })), 0); },
      closeAsync() {},
    };
  };
  const document = window.Office.context.document;
  document.url = "https://contoso.sharepoint.com/sites/dx/Shared%20Documents/%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB%E5%8C%96%E6%8E%A8%E9%80%B2%E6%9C%AC%E9%83%A8.xlsx";
  if (!window.__odxCommon.config.noFileApi) document.getFileAsync = (type, options, done) => setTimeout(() => done(ok(file())), 0);
  window.Excel = { run: async (batch) => batch(context) };
})();
