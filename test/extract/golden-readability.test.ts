import { describeGolden } from './golden-runner';

// Sample: every 3rd of the 130 pages (44). Labels are Readability's own outputs, so a few titles keep
// the site name and a few "bylines" are dates (seattletimes-1, spiceworks): the floors leave room
// for those. Scores on 2026-11-27 01:40 UTC: title 0.818 (44), byline 0.741 (27), published 0.923
// (13), minute 0.909 (11), body F1 0.989 (44). Each floor lets one or two more pages fail.
describeGolden('readability', 3, { title: 0.77, byline: 0.66, published: 0.84, minute: 0.81, body: 0.97 });
