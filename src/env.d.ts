/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Language of the text being rendered; MDX components read it (an untranslated English page renders Chinese text). */
    contentLang?: 'zh' | 'en';
  }
}
