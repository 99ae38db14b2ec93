import { describeGolden } from './golden-runner';

// Sample: every 3rd of the 130 pages (44). Labels are Readability's own outputs, so many titles are
// its <title>-based string where the engine takes the page's visible <h1>, and a few "bylines" are
// dates (seattletimes-1, spiceworks): the floors leave room for those. Scores on 2026-11-27 09:10
// UTC: title 0.773 (44), byline 0.815 (27), published 0.923 (13), minute 0.909 (11), body F1 0.989
// (44). Each floor lets one or two more pages fail.
describeGolden('readability', 3, { title: 0.73, byline: 0.74, published: 0.84, minute: 0.81, body: 0.97 });
