/** Evidence: the verbatim quote that states a fact, pinned to its article, paragraph and offsets. */
import { textCost } from './cost.js';
import { builder } from './builder.js';
import { ArticleRef, EvidenceRef } from './refs.js';
import { valueId, valueIdDescription } from './value-ids.js';

builder.objectType(EvidenceRef, {
  description: 'A verbatim quote from an article that states a fact, with its exact place in the text.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('evidence quote', 'its article, paragraph and character offsets', 'the fact or entity it states'),
      resolve: (evidence) => valueId('Evidence', `${evidence.articleKey}/${evidence.paragraph}/${evidence.start}-${evidence.end}`),
    }),
    quote: t.exposeString('quote', { complexity: textCost((sizes) => sizes.quote), description: 'The quoted words, exactly as in the article body.' }),
    sentence: t.exposeString('sentence', { complexity: textCost((sizes) => sizes.paragraph), description: 'The full sentence (or sentences) containing the quote.' }),
    paragraph: t.exposeInt('paragraph', { description: 'Zero-based index of the paragraph in Article.paragraphs.' }),
    start: t.exposeInt('start', { description: 'Character offset where the quote starts in its paragraph (0-based, UTF-16).' }),
    end: t.exposeInt('end', { description: 'Character offset just after the quote ends in its paragraph.' }),
    verbatim: t.boolean({
      description:
        'True when the quote is the publisher\'s own words; false when the article is a paraphrase (Article.paraphrase), so the quote is the paraphrase\'s words, not the publisher\'s.',
      resolve: (evidence, _args, { store }) => store.get('Article', evidence.articleKey)!.paraphrase === undefined,
    }),
    article: t.field({
      type: ArticleRef,
      description: 'The article the quote comes from.',
      resolve: (evidence, _args, { store }) => store.get('Article', evidence.articleKey)!,
    }),
  }),
});
