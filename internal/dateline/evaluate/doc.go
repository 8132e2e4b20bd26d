// Package evaluate measures the dateline Finder on Reuters-21578 (1987),
// for `tidings eval datelines`: Run reads the corpus from
// <dataDir>/reuters-21578/reuters21578-sgml.tar.xz in place (xz and tar,
// never unpacked to disk) and writes two measures beside textbook
// baselines, then some errors to guide the work.
//
// The 19,043 stories with a DATELINE and a BODY are read as Tidings reads an
// article: the title as written (in capitals), the body as paragraphs
// separated by blank lines (Reuters wraps lines and indents paragraphs),
// without the closing "Reuter".
//
//  1. Explicit datelines. The dateline is put back before the body, as wire
//     copy has it ("NEW YORK, March 4 - Body..."), and Find's Place must be
//     the dateline's city, the text before its first comma: the same name
//     once case, accents, periods and hyphens are set aside, or today's
//     name of the city ("PEKING" is Beijing, "WEST BERLIN" Berlin, "BERNE"
//     Bern: see renamed). A dateline that names a country ("BAHRAIN") is
//     right as that country alone. Datelines whose city holds a digit
//     ("APRIL 7 -", "MAR8 -- --", "Jun ---") name none and are left out. Baseline:
//     the regex ^([A-Z][A-Z .'-]+),? .*? - . Target: 99%.
//  2. Inference. With the dateline removed, Find's Country must be one of
//     the story's PLACES, as today's countries (see todayCountries: "usa"
//     is the United States, "west-germany" Germany, "ussr" any of its
//     fifteen successor states). A story without a place found counts as
//     wrong; stories without PLACES are left out. Baseline: the country
//     whose names (the gazetteer's, as Find knows them) occur most often in
//     the title and body. Target: 85%.
//
// The test runs both over the whole corpus in a few seconds when the shared
// data is there, and skips otherwise.
package evaluate
