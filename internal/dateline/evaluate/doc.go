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
//
//  2. Inference. With the dateline removed, Find's Country must be one of
//     the story's PLACES, as today's countries (see todayCountries: "usa"
//     is the United States, "west-germany" Germany, "ussr" any of its
//     fifteen successor states). A story without a place found counts as
//     wrong; stories without PLACES are left out. Baseline: the country
//     whose names (the gazetteer's, as Find knows them) occur most often in
//     the title and body. Target: 85%.
//
//     Beside the figure over all stories, the report gives: how often a
//     place shown is wrong (wrong / shown: a wrong dateline on a page is
//     worse than none); the ceiling, the share of stories whose text points
//     to a right country at all (Find is right, or Finder.Countries lists a
//     right country); a clearly separate row for a home-country fallback
//     (United States, the desk of most of the corpus, wherever Find finds
//     none), which is no evidence from the text and never the main figure;
//     and the figures on each LEWISSPLIT. The rules and lists were tuned
//     by looking at TRAIN stories only; TEST is the held-out figure.
//
// The test runs both over the whole corpus in a few seconds when the shared
// data is there, and skips otherwise.
package evaluate
