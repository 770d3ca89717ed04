export { byFavours, type Change, type ChangeKind, type Favours } from './change.js';
export { compareAgreements, sideOf, type CompareOptions } from './compare-agreements.js';
export { countByFavours, countLine, groupByTier, type ChangeGroup } from './groups.js';
export { diffText, needsApproval, type DiffLabels } from './render-text.js';
export { diffMarkdown } from './render-markdown.js';
export { diffJson, DIFF_FORMAT_ID } from './diff-json.js';
export type { Side } from './side.js';
export { redline, redlineMarkdown, HTML_MARKS, type RedlineLine, type RedlineMarks, type RedlineSegment } from './redline.js';
