// `lang` is right on every mixed-language span of every page: Chinese text (and accessible names) only where
// the nearest lang is zh-CN, no English phrase inside zh-CN, and only the two language tags the site uses.
import { type HTMLElement, NodeType, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { HAN } from '#core/chapter-doc.ts';
import { htmlFiles, readPage } from '../helpers/dist.ts';

/** Three or more Latin words in a row: a phrase a screen reader would mispronounce with a Chinese voice. */
const ENGLISH_PHRASE = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){2,}/;
/** URLs and code are not text in any natural language. */
const URL_TEXT = /\b[a-z][\w+.-]*:\/\/\S+/gi;
const CODE = new Set(['CODE', 'KBD', 'SAMP']);
const NAME_ATTRS = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];

/** "lang|where: text" for every piece of text or accessible name whose script does not fit its language. */
function mismarked(el: HTMLElement, lang: string, out: string[] = []): string[] {
  const here = el.getAttribute('lang') ?? lang;
  const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
  const judge = (text: string, what: string): void => {
    if (!here.startsWith('zh') && HAN.test(text)) out.push(`${here}|${what}: Chinese outside lang="zh-CN": ${text.trim().slice(0, 50)}`);
    const phrase = here.startsWith('zh') ? ENGLISH_PHRASE.exec(text.replace(URL_TEXT, ' ')) : null;
    if (phrase) out.push(`${here}|${what}: English phrase inside lang="zh-CN": ${phrase[0].slice(0, 50)}`);
  };
  for (const a of NAME_ATTRS) {
    const v = el.getAttribute(a);
    if (v) judge(v, `${where}[${a}]`);
  }
  for (const child of el.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE && !CODE.has(el.tagName)) judge(child.text, where);
    else if (child.nodeType === NodeType.ELEMENT_NODE) mismarked(child as HTMLElement, here, out);
  }
  return out;
}

describe('language of parts', () => {
  it('the check itself finds each kind of mismarking', () => {
    const sample = parse('<body><p>Hello 你好</p><p lang="zh-CN">你好 <b>the quick brown fox</b></p><a aria-label="中文版" lang="en">x</a></body>');
    expect(mismarked(sample.querySelector('body')!, 'en')).toEqual([
      'en|p: Chinese outside lang="zh-CN": Hello 你好',
      'zh-CN|b: English phrase inside lang="zh-CN": the quick brown fox',
      'en|a[aria-label]: Chinese outside lang="zh-CN": 中文版',
    ]);
  });

  it.each(htmlFiles())('%s', (file) => {
    const doc = readPage(file);
    const html = doc.querySelector('html')!;
    expect(html.getAttribute('lang')).toMatch(/^(zh-CN|en)$/);
    expect([...new Set(doc.querySelectorAll('[lang]').map((e) => e.getAttribute('lang')))].filter((l) => l !== 'zh-CN' && l !== 'en')).toEqual([]);
    expect(mismarked(doc.querySelector('body')!, html.getAttribute('lang')!)).toEqual([]);
  });
});
