// Every built page is valid HTML under the committed html-validate rules (.htmlvalidate.mjs): zero errors.
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { distFile, htmlFiles } from '../helpers/dist.ts';

const validator = new HtmlValidate(config);

describe('html-validate', () => {
  it.each(htmlFiles())('%s', async (file) => {
    const report = await validator.validateString(readFileSync(distFile(file), 'utf8'), file);
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
