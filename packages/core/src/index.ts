export { decode, encode, DecodeError, type Decoded, type Encoding } from "./decode.js";
export { extractDocxText, docxParagraphAt, checkZipSizes, DocxError, MAX_DOCX_UNCOMPRESSED_BYTES } from "./docx.js";
export { parseReport, formatOf, reportYear, type Format } from "./model.js";
export { getReportModel, forgetReportModel } from "./cache.js";
export { matchMarker, standardMarker, type MarkerMatch } from "./markers.js";
export { parseChineseNumber, toChineseNumber, parseChineseYear, CN_NUMERAL } from "./chinese-number.js";
export { segment, segmenterLoadTime } from "./segment.js";
export { markdownBlocks, textBlocks, type Block } from "./blocks.js";
export { renderOutline } from "./outline.js";
