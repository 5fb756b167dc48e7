// The common part of the stand-in for office.js in the browser tests: Office.onReady, the theme, requirement sets, the
// workbook/document settings, and Office.auth. What a test wants is in window.__odxConfig (set before the page loads):
//   theme: "light" | "dark"; missingSets: ["WordApi 1.3", ...]; noFileApi: true; token: "…" | { code: 13001 }; host: null.
// window.__odxSetTheme(name) switches the theme and raises OfficeThemeChanged, as Office does.
(() => {
  const config = Object.assign({ theme: "light", missingSets: [], token: null, host: undefined }, window.__odxConfig || {});
  const themes = {
    light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", isDarkTheme: false },
    dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF", isDarkTheme: true },
  };
  const handlers = [];
  const settingsKey = "odx-mock-settings";
  const stored = JSON.parse(sessionStorage.getItem(settingsKey) || "{}");
  const tokens = { asked: 0 };
  window.__odxCommon = { config, tokens, settings: stored };
  window.__odxSetTheme = (name) => {
    window.Office.context.officeTheme = themes[name];
    for (const handler of handlers) handler({ officeTheme: themes[name] });
  };
  const ok = (value) => ({ status: "succeeded", value });
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    context: {
      officeTheme: themes[config.theme],
      requirements: { isSetSupported: (set, version) => !config.missingSets.includes(`${set} ${version}`) },
      document: {
        addHandlerAsync(type, handler, done) { handlers.push(handler); done && done(ok(undefined)); },
        settings: {
          get: (name) => (name in stored ? stored[name] : null),
          set: (name, value) => { stored[name] = value; },
          remove: (name) => { delete stored[name]; },
          saveAsync: (done) => { sessionStorage.setItem(settingsKey, JSON.stringify(stored)); setTimeout(() => done && done(ok(undefined)), 0); },
        },
      },
    },
    auth: {
      getAccessToken() {
        tokens.asked++;
        const token = config.token;
        if (typeof token === "string") return Promise.resolve(token);
        const error = Object.assign(new Error("sso failed"), token || { code: 13001 });
        return Promise.reject(error);
      },
    },
    onReady(callback) {
      const info = { host: config.host === undefined ? window.__odxHost : config.host, platform: "OfficeOnline" };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
