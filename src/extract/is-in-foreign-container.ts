import { ARTICLE_TAG, CHROME_TAGS, hasAncestorOrSelf, isWithinTags } from './dom-order';
import { textOf } from './page-context';

/**
 * Class or id words of containers whose dates belong to other stories or to comments. A class must
 * start or end with one ("related-posts", "post-comments"); "sticky-sidebar-parent" wraps an article.
 */
const FOREIGN_CONTAINER =
  /^(?:comments?|kommentare?|related|recommend\w*|teasers?|sidebar|widget|promo|newsletter|other|latest|more|popular|trending|most-read|reply|replies)(?:[_-]|$)|[_-](?:comments?|related|teasers?|sidebar|promo|newsletter|popular|trending|replies)$/i;

/** A class word naming a widget ("widget", "widget-contentparsed", "widget_text"). */
const WIDGET_WORD = /^widget(?:[_-]|$)/i;

/** A class word naming a sidebar ("sidebar", "Tech-Sidebar", "article__container-sidebar"). */
const SIDEBAR_WORD = /(?:^|[_-])sidebar$|^sidebar(?:[_-]|$)/i;

/** Class words of a `<footer>` that closes the article rather than the page ("article-footer"). */
const ARTICLE_FOOTER_CLASS = /^(?:article|post|entry|story)[_-]footer$/i;
const isArticleFooter = (classes: readonly string[]): boolean =>
  classes.some((word) => ARTICLE_FOOTER_CLASS.test(word));

/** Class words of a block holding the post's own metadata: its date, its author. */
const METADATA_CLASS = /^(?:(?:entry|post|article)-)?(?:meta|author|byline)$/i;

/** Classes of embedded social posts, whose "shared by" lines and dates are the post's, not the article's. */
const SOCIAL_EMBED =
  /^(?:instagram-media|twitter-tweet|twitter-timeline|tiktok-embed|fb-post|fb-video|reddit-embed-bq|bluesky-embed|mastodon-embed)$/;

/**
 * Whether an element sits in navigation, an aside, comments, an embedded social post or a
 * related-stories block.
 * @param headline the headline element: a container that holds it is the article's own
 */
export function isInForeignContainer(element: Element, headline: Element | null = null): boolean {
  // WordPress prints a comment's date in `<footer class="comment-meta">` inside `<article class="comment-body">`.
  if (isComment(element)) return true;
  // Whether the way up from `element` to `until` passes a class word that `test` accepts: asked
  // only at an `<aside>` or a sidebar, so the common walk does no more than before.
  const isOnWayUp = (until: Element, test: (word: string) => boolean): boolean => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      if (classWordsOf(e).some(test)) return true;
      if (e === until) return false;
    }
    return false;
  };
  // A date element may be the `<aside>` itself (`<aside class="entry-meta">` is classed as a date).
  for (let el: Element | null = element; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const tag = el.tagName;
    if (el === element && tag !== 'ASIDE') continue;
    // Reaching the article's own container (one that holds the headline, as Blogger's "widget
    // Blog" does) means the element is part of the article.
    if (headline && el.contains(headline)) return false;
    const classes = classWordsOf(el);
    // An article's own `<footer>` holds its metadata ("Posted on …" in WordPress themes), and so
    // does an `<aside>` a theme gives the post's metadata (`<aside class="meta">` by the headline,
    // `<aside><section class="meta">`), in the `<article>` that holds the headline: not one of a
    // grid of other posts, nor one holding a teaser's link ("Read also: …").
    if (
      tag === 'ASIDE' &&
      !(
        headline &&
        isInArticleOf(el, headline) &&
        isOnWayUp(el, (word) => METADATA_CLASS.test(word)) &&
        !hasTeaserLink(el)
      )
    )
      return true;
    // A `<footer>` outside an `<article>` is the site's, unless its class calls it the article's.
    if (tag === 'NAV' || (tag === 'FOOTER' && !isWithinTags(el, ARTICLE_TAG) && !isArticleFooter(classes)))
      return true;
    if (classes.some((word) => SOCIAL_EMBED.test(word))) return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') return isComment(el);
    // Some CMSs build the whole page of "widgets" (Future's sites: `widget-hero` holds the headline,
    // `widget-contentparsed` the byline and body): inside the headline's `<article>` the word says
    // nothing about whose the content is. A `<div class="widget">` in a sidebar is outside it.
    const isLayoutWord = (word: string): boolean =>
      WIDGET_WORD.test(word) &&
      // "widget-related", "widget_comments": what the widget holds is still foreign.
      !FOREIGN_CONTAINER.test(word.replace(WIDGET_WORD, '')) &&
      !!headline &&
      isInArticleOf(el, headline);
    const foreignWords = [...classes, el.id].filter(
      (word) => word !== '' && FOREIGN_CONTAINER.test(word) && !isLayoutWord(word),
    );
    // A column the design calls a sidebar inside the headline's `<article>` holds the article's
    // own author and date, each classed as such ("Tech-Sidebar" > "Tech-Author"); other stories'
    // lists ("related", "teaser", a "sidebar related-posts") stay foreign wherever they are.
    // Asked only of a container with a foreign word: most levels of the walk have none.
    const isOwnColumn = (): boolean =>
      foreignWords.every((word) => SIDEBAR_WORD.test(word)) &&
      ((!!headline &&
        isInArticleOf(el, headline) &&
        isOnWayUp(el, (word) => word.split(/[_-]+/).some((part) => AUTHOR_OR_DATE.test(part)))) ||
        foreignWords.every((word) => isPartOfArticleBlock(el, word)));
    if (foreignWords.length > 0 && !isOwnColumn()) return true;
  }
  return false;
}

/**
 * Whether a sidebar's class names it a part of the `<article>` around it, in the BEM way of naming
 * ("podcast-description__sidebar" in `<article class="podcast-description">`): the episode's or
 * story's own column of credits and dates, not the site's.
 */
function isPartOfArticleBlock(sidebar: Element, word: string): boolean {
  const block = word.replace(/__sidebar$/i, '');
  const article = sidebar.parentElement?.closest('article');
  return block !== word && block !== '' && !!article && classWordsOf(article).includes(block);
}

/** Parts of class words that name an author or a date: "Tech-Author", "post_date", "byline". */
const AUTHOR_OR_DATE = /^(?:author|autor|byline|date|datum|time|dateline|meta)$/i;

/** A link whose words read as another story's headline (five words or more), not a name or an icon. */
const hasTeaserLink = (container: Element): boolean =>
  [...container.querySelectorAll('a[href]')].some((a) => textOf(a).split(' ').length >= 5);

const classWordsOf = (el: Element): string[] =>
  typeof el.className === 'string' ? el.className.split(/\s+/) : [];

/** Whether an element is in the `<article>` that holds the headline. */
function isInArticleOf(element: Element, headline: Element): boolean {
  const article = element.closest('article');
  return !!article && article.contains(headline);
}

/** Class or id words of a comment: "comment-body", "comment-meta", "reply". */
const COMMENT = /^(?:comments?|kommentare?|reply|replies)(?:[_-]|$)/i;

export function isComment(el: Element): boolean {
  const classes = typeof el.className === 'string' ? el.className.split(/\s+/) : [];
  return [...classes, el.id].some((word) => word !== '' && COMMENT.test(word));
}

const CHROME_CLASS = /masthead|topbar|top-bar/i;

/** In the site's navigation, footer, masthead or top bar. */
export const isInChrome = (element: Element): boolean =>
  hasAncestorOrSelf(
    element,
    (el) =>
      CHROME_TAGS.has(el.localName) ||
      el.getAttribute('role') === 'navigation' ||
      CHROME_CLASS.test(el.getAttribute('class') ?? ''),
  );
