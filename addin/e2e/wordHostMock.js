// Stands in for office.js in the browser tests (after officeCommon.js): the part of the Word API the pane calls.
// Everything handed to Word is recorded on window.__odx so that the test can check it on the server side.
(() => {
  window.__odxHost = "Word";
  // file: the bytes getFileAsync hands out; searched/selected: what the glossary panel looked for and selected.
  const state = { inserted: [], replaced: [], selection: null, file: [], searched: [], selected: [] };
  window.__odx = state;
  const nullControl = () => ({ isNullObject: true, tag: "", load() {}, parentContentControlOrNullObject: null });
  const control = (tag, ooxml) => ({
    isNullObject: false,
    tag,
    load() {},
    parentContentControlOrNullObject: nullControl(),
    getRange() {
      return {
        getOoxml: () => ({ value: ooxml }),
        insertOoxml(xml, location) { state.replaced.push({ tag, location, ooxml: xml }); },
      };
    },
  });
  const context = {
    document: {
      getSelection() {
        const selected = state.selection;
        return {
          insertOoxml(xml, location) { state.inserted.push({ location, ooxml: xml }); },
          parentContentControlOrNullObject: selected ? control(selected.tag, selected.ooxml) : nullControl(),
        };
      },
      body: {
        contentControls: { items: [], load() {} },
        search(text) {
          state.searched.push(text);
          return { load() {}, items: [{ select() { state.selected.push(text); } }] };
        },
      },
      properties: { customProperties: { getItemOrNullObject: () => ({ isNullObject: true, value: "", load() {} }) } },
      contentControls: {
        getByTag(tag) {
          return { getFirstOrNullObject: () => (state.selection && state.selection.tag === tag ? control(tag, state.selection.ooxml) : nullControl()) };
        },
      },
    },
    sync: async () => {},
  };
  const file = () => ({ sliceCount: 1, getSliceAsync(index, callback) { callback({ status: "succeeded", value: { data: state.file } }); }, closeAsync() {} });
  if (!window.__odxCommon.config.noFileApi) window.Office.context.document.getFileAsync = (type, options, callback) => callback({ status: "succeeded", value: file() });
  window.Word = { InsertLocation: { replace: "Replace" }, RangeLocation: { whole: "Whole" }, run: async (batch) => batch(context) };
})();
