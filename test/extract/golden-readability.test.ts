import { describeGolden } from './golden-runner';

// Sample: every 3rd of the 130 pages (44). Labels are Readability's own outputs, so a few titles keep
// the site name and a few "bylines" are dates (seattletimes-1, spiceworks): the floors leave room
// for those. Scores on 2026-11-27: title 0.795, byline 0.667, published 0.923 (13), minute 0.727
// (11), body F1 0.989. A floor is one or two pages below today's score.
describeGolden('readability', 3, { title: 0.75, byline: 0.6, published: 0.84, minute: 0.63, body: 0.97 });
