// html-validate rules for the built pages (tests/build/html-valid.test.ts): the recommended set, minus two
// rules that judge source formatting or SEO taste rather than validity.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The output is generated (compressHTML keeps the spaces between inline elements); whitespace at the end
    // of a line is harmless there.
    'no-trailing-whitespace': 'off',
    // Page titles carry the report's official, long title; shortening it would misname the document.
    'long-title': 'off',
  },
};
