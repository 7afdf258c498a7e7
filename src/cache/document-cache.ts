/**
 * graphql-yoga's parse and validation caches, bounded in bytes (MemoryBudgets, src/http/defaults.ts).
 *
 * Yoga keeps parsed documents and parse errors by query text, 1,024 of each, and validation results
 * by document: bounded in number, not size. A parsed document keeps every token (graphql-js links
 * them for locations), so its size follows its tokens, comments included, which the token limit does
 * not count: 1,024 documents of 100 KB of `#` lines (50,000 comment tokens, 4.5 MB parsed) would
 * hold 4.6 GB. Here:
 * - `documents`: parsed documents by query text, each with its validation result once validated
 *   (the entry's size grows by it), least recently used dropped beyond `documentBytes`;
 * - `errors`: parse errors by query text, beyond `errorBytes`;
 * - errors are kept with their stacks settled (sizes.ts: settleStack), else each keeps the parser
 *   or validation context it was thrown from.
 * The texts are not normalised: a document's locations (in error messages) depend on its text.
 * Validation results are kept per document only: the app validates with one schema and one set of
 * rules (src/http/limits.ts adds the same rules to every request).
 */
import type { DocumentNode } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { documentBytes, ENTRY_BYTES, parseErrorBytes, settleStack, stringBytes, validationBytes } from './sizes.js';

interface Entry {
  text: string;
  document: DocumentNode;
  /** Without the validation result. */
  bytes: number;
  validation?: readonly Error[];
}

export interface DocumentCacheBudgets {
  documentBytes: number;
  errorBytes: number;
}

type ParserAndValidationCacheOptions = Exclude<YogaServerOptions<object, object>['parserAndValidationCache'], boolean | undefined>;

export class DocumentCache {
  private readonly documents: LRUCache<string, Entry>;
  private readonly errors: LRUCache<string, object>;
  /** The entry of each cached document, for its validation result (weak: an entry dropped from `documents` goes with its document). */
  private readonly entries = new WeakMap<DocumentNode, Entry>();

  constructor(budgets: DocumentCacheBudgets) {
    this.documents = new LRUCache({ maxSize: budgets.documentBytes });
    this.errors = new LRUCache({ maxSize: budgets.errorBytes });
  }

  /** For createYoga's `parserAndValidationCache`: yoga's plugin asks these caches, and leaves validation to `plugin`. */
  get yogaOptions(): ParserAndValidationCacheOptions {
    return {
      documentCache: {
        get: (text) => this.documents.get(text)?.document,
        set: (text, document) => {
          const entry: Entry = { text, document, bytes: ENTRY_BYTES + documentBytes(document) + (document.loc?.source.body === text ? 0 : stringBytes(text)) };
          this.documents.set(text, entry, { size: entry.bytes });
          this.entries.set(document, entry);
        },
      },
      errorCache: {
        get: (text) => this.errors.get(text),
        set: (text, error) => {
          settleStack(error);
          if (error && typeof error === 'object') this.errors.set(text, error, { size: ENTRY_BYTES + stringBytes(text) + parseErrorBytes(error) });
        },
      },
      validationCache: false,
    };
  }

  /** Validation results kept with their documents (in place of yoga's, which keeps them per document for as long as the document lives). */
  readonly plugin: Plugin = {
    onValidate: ({ params: { documentAST }, setResult }) => {
      const entry = this.entries.get(documentAST);
      if (!entry) return;
      if (entry.validation) {
        setResult(entry.validation);
        return;
      }
      return ({ result }) => {
        // Kept only while the document is: a document dropped meanwhile is not brought back.
        if (this.documents.peek(entry.text) !== entry) return;
        for (const error of result) settleStack(error);
        entry.validation = result as readonly Error[];
        // lru-cache keeps the size of a value set again under its key: it is deleted and set.
        this.documents.delete(entry.text);
        this.documents.set(entry.text, entry, { size: entry.bytes + validationBytes(entry.validation) });
      };
    },
  };

  /** Bytes held, as estimated (sizes.ts). */
  get sizes(): { documents: number; parseErrors: number } {
    return { documents: this.documents.calculatedSize, parseErrors: this.errors.calculatedSize };
  }
}
