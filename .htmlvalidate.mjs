// html-validate rules for the built pages (tests/build/html-valid.test.ts): the recommended set, minus two
// rules that judge source formatting or SEO taste rather than validity, and one exception for ARIA tables.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The output is generated (compressHTML keeps the spaces between inline elements); whitespace at the end
    // of a line is harmless there.
    'no-trailing-whitespace': 'off',
    // Page titles carry the report's official, long title; shortening it would misname the document.
    'long-title': 'off',
    // The parallel view lays out aligned zh/en blocks with CSS grid; display: grid on native table elements
    // drops their table semantics in some browsers, so it uses ARIA table roles on divs. Every other role
    // still has to be the native element.
    'prefer-native-element': ['error', { exclude: ['table', 'row', 'cell', 'columnheader', 'rowheader'] }],
  },
};
