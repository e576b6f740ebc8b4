/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Language of the text being rendered; MDX components read it (an untranslated English page renders Chinese text). */
    contentLang?: 'zh' | 'en';
    /** Block id -> glossary terms first used in that block on this page. */
    firstTerms?: Map<string, import('#core/translation/translation-check.ts').GlossaryTerm[]>;
    /** The glossary page of the page's language, for term links. */
    glossaryHref?: string;
  }
}
