import { describeGolden } from './golden-runner';

// Sample: every 8th of the 381 pages (48); labels are human but noisy, many pages are blogs and
// shops, and a few dates disagree with the page (a UTC instant scored against its local day). Scores
// on 2026-11-27 09:10 UTC: title 0.906 (32), byline 0.885 (26), published 0.917 (48). Each floor
// lets one or two more pages fail.
describeGolden('htmldate-dev', 8, { title: 0.85, byline: 0.8, published: 0.87 });
