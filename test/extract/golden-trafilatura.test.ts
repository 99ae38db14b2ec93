import { describeGolden } from './golden-runner';

// Sample: every 3rd of the 104 pages (35), many German and many not news. Scores on 2026-11-27:
// title 0.714 (35), byline 0.571 (21), published 0.778 (18). A floor is one or two pages below.
describeGolden('trafilatura-dev', 3, { title: 0.68, byline: 0.5, published: 0.7 });
