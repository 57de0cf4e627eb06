export { decode, encode, DecodeError, type Decoded, type Encoding } from "./decode.js";
export { extractDocxText, extractDocx, type DocxStoryText, docxParagraphAt, checkZipSizes, DocxError, MAX_DOCX_UNCOMPRESSED_BYTES } from "./docx.js";
export { DocxPackage } from "./docx/package.js";
export { readDocxText, readDocxStories, type DocxText, type DocxStory, type Piece as DocxPiece } from "./docx/text.js";
export { annotateDocx, type DocxComment, type AnnotateOptions } from "./docx/annotate.js";
export { reviseDocx, type DocxEdit, type ReviseOptions, type ReviseResult } from "./docx/revise.js";
export { buildReportDocx, type DocxParagraph } from "./docx/write.js";
export { readDocxLayout, type DocxLayout, type PageLayout, type ParagraphLayout } from "./docx/layout.js";
export { parseReport, formatOf, reportYear, type Format } from "./model.js";
export { getReportModel, forgetReportModel } from "./cache.js";
export { matchMarker, standardMarker, type MarkerMatch } from "./markers.js";
export { parseChineseNumber, toChineseNumber, parseChineseYear, CN_NUMERAL } from "./chinese-number.js";
export { segment, segmenterLoadTime, wordFrequency, wordPathLogProb, gapCompletions, wordStarts, SegmenterDataError } from "./segment.js";
export { markdownBlocks, markdownTree, textBlocks, type Block, type MarkdownNode, type MarkdownPoint } from "./blocks.js";
export { renderOutline } from "./outline.js";
export { lineLocator, positionLocator } from "./lines.js";
export { markdownDepth, maskInline, MAX_MARKDOWN_DEPTH, MASK_FROM, MARKS_FROM } from "./markdown-guard.js";
export {
  conditionalLogProb,
  lastMatchLength,
  ANY_CONTEXT,
  storedLogProb,
  hasNgram,
  knowsUnit,
  languageModelError,
  languageModelLoadTime,
  languageModelGroupReads,
  languageModelOrder,
  normalise as normaliseForModel,
  setLanguageModelFile,
  LanguageModelError,
  BOS,
  EOS,
} from "./lm.js";
export { TwoDocuments } from "./two-documents.js";
export { findSpellingSuspects, rareCharacter, inQuotedName, SentenceMemo, doubledCharacterMargin, editMargin, opensFirmName, firmEndingAhead, namedListItem, placeSuffixAt, placeEndingAt, ETHNIC_GROUPS, DEFAULT_MARGINS, type SpellingSuspect, type SpellingOptions, type Candidate, type CandidateKind, type Margins } from "./spelling.js";
export { confusables, confusionKindOf, confusionSetError, ConfusionSetError, oneApart, setConfusionFile, type ConfusionKind, type Confusable } from "./confusion.js";
export { DATA_FILES } from "./data-file.js";
export { insidePlaceName, isPlaceName, placeNamesError, placeSlips, placeSlipsInDocument, PlaceNamesError, setPlaceNamesFile, LONGEST_PLACE_NAME, type PlaceSlip, type DocumentPlaceSlip } from "./places.js";
export { dataDirectory, DATA_DIRECTORY_NAME, type DataReader, type LegacyEncoding } from "./platform.js";
