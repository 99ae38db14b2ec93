/**
 * Class or id words of containers whose dates belong to other stories or to comments. A class must
 * start or end with one ("related-posts", "post-comments"); "sticky-sidebar-parent" wraps an article.
 */
const FOREIGN_CONTAINER =
  /^(?:comments?|kommentare?|related|recommend\w*|teasers?|sidebar|widget|promo|newsletter|other|latest|more|popular|trending|most-read|reply|replies)(?:[_-]|$)|[_-](?:comments?|related|teasers?|sidebar|widget|promo|newsletter|popular|trending|replies)$/i;

/**
 * Whether an element sits in navigation, an aside, comments or a related-stories block.
 * @param headline the headline element: a container that holds it is the article's own
 */
export function isInForeignContainer(element: Element, headline: Element | null = null): boolean {
  for (let el: Element | null = element.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const tag = el.tagName;
    // Reaching the article's own container (one that holds the headline, as Blogger's "widget
    // Blog" does) means the element is part of the article.
    if (tag === 'ARTICLE' || tag === 'MAIN' || (headline && el.contains(headline))) return false;
    if (tag === 'ASIDE' || tag === 'FOOTER' || tag === 'NAV') return true;
    const classes = typeof el.className === 'string' ? el.className.split(/\s+/) : [];
    if ([...classes, el.id].some((word) => word !== '' && FOREIGN_CONTAINER.test(word))) return true;
  }
  return false;
}
