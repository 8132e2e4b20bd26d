// Package dateline finds where a story happens: the "Istanbul, Turkey" that
// the site shows above it.
//
// # Place in the flow
//
// The jobs stage calls Finder.Find for each article after extract has its
// main text; the story takes the dateline of its sources, and write uses the
// cleaned text, so that a wire's "ISTANBUL (Reuters) -" does not end up in a
// summary. The package depends only on news and on its embedded gazetteer,
// built from GeoNames by ./build (see GAZETTEER.md).
//
// # Output
//
// news.Dateline.Place is the city's GeoNames name ("Kyiv" whatever the text
// spelled), Region its first-level region ("Pennsylvania", "Île-de-France"),
// Country the GeoNames country name in common English ("Turkey", "United
// States", "United Kingdom"). Text is always "City, Country", for the United
// States and Britain too ("Erie, United States", with Region
// "Pennsylvania"), "Singapore" for a city that is its country,
// "Region, Country" when only a region is found and the country alone when
// only it is found. See Format.
//
// # Wire datelines
//
// A wire dateline is PLACE[/PLACE] [, QUALIFIER]... [, DATE] [(AGENCY)]
// followed by a dash (-, --, – or —) or a colon, on the first line of the
// text or after at most two short lines such as "Photo" or "By Jane Doe".
// The agency may also stand as a last part ("WASHINGTON, March 25, Reuter
// -"), and the dash right after the date ("TULSA, June 2- ...").
// It is taken, and cut from the text, when:
//
//   - a qualifier names a country or region ("KYIV, Ukraine —", "ERIE, Pa. -",
//     "RAMALLAH, West Bank (AP) -"): the place is the biggest place of that
//     name inside it, or, if the gazetteer has none ("OFER PRISON, West
//     Bank"), the place as written, title-cased;
//   - the place is in capitals and known ("WASHINGTON —", "PARIS:"), or in
//     capitals with an agency ("ERIMO (Reuters) -": then the country comes
//     from the text);
//   - the place is capitalized, known as a city, and the dash is not the
//     first of a pair around an aside ("Washington — Officials said",
//     but not "China — the world's second economy — said"); a colon needs
//     capitals or an agency ("Paris: a city transformed" is a title);
//   - the place is in any case, known as a city, and followed by a month
//     and day ("omaha, april 7 -").
//
// A dateline names a city: where its name is also a region's, the city is
// meant ("GUANAJUATO, Mexico"). A city named by an alternate name shows as
// written when its own name is not plain ASCII ("SAO PAULO" is São Paulo,
// but "KIEV" is Kyiv) or begins with the written name ("FRANKFURT", not
// Frankfurt am Main). Former names resolve to today's places: "WEST
// BERLIN" is Berlin, "BONN, West Germany" in Germany.
//
// Labels ("FILE -", "UPDATE:") are never places, nor are lower-case words
// ("Washington state officials said" has no separator and is no dateline).
//
// # Inference
//
// Without a wire dateline, Find reads the title (weight 3) and the first
// five paragraphs (weights 2, 1.5, 1, 1, 1; 3,000 bytes at most) and finds
// the longest known names in them. A name counts only if it is capitalized
// (every word longer than three letters), and:
//
//   - not a common word, month or label ("Reading", "Nice", "Mobile", "Bath",
//     "March", "Police": see wordNames), unless qualified ("Nice, France");
//   - at least three letters, unless in capitals ("UK", "US": such aliases
//     only match capitals);
//   - not a word of three letters or fewer in capitals outside a title in
//     capitals, other than a country's abbreviation: "ICO" and "UN" are
//     acronyms, not Icó and Un;
//   - not part of a longer name: no capitalized word right before it other
//     than a function word or place preposition ("Denzel Washington",
//     "President Lincoln"), none right after it other than "City",
//     "Province", "Police"... ("Washington Post", "Chicago Cubs"), unless it
//     is possessive ("Egypt's Morsi") or a country's abbreviation ("U.S.
//     Agriculture Department"); nor joined by a hyphen to a capitalized
//     word that names no country or region ("Bristol-Myers",
//     "Georgia-Pacific", but "Russia-Ukraine talks" names both). A city
//     name seen as part of a person's name anywhere in the title or lead
//     ("Carson Palmer", "Harvey Weinstein") does not count on its own there
//     either ("Palmer, 38,"), except after a place preposition;
//   - in a headline-case title, where every word is capitalized, a city or
//     region before a capitalized word ("Erie Smashes Record", "Uma Thurman
//     Speaks") counts only if the lead names it too; countries always count.
//     In a title in capitals ("GEODOME SETS IDAHO MINE"), where capitals
//     tell no name from its neighbours, the same holds for a city or region
//     after a capitalized word;
//   - not a demonym or institution ("German" is no village of the Isle of
//     Man; see cues);
//   - a city's name not followed by a speech verb ("Jackson said", but
//     "Bank of New York said"), nor a country's that is as often a first
//     name ("Jordan said");
//   - "U.S." not followed by "dollars", "dlrs" or "cents": the currency of
//     world trade says nothing of where a story happens;
//   - for names that are as often people's ("Washington", "Jackson",
//     "Lincoln", "Harvey": see surnames), only after a place preposition ("in
//     Washington"), when qualified, or when the text also mentions the
//     place's region or, outside the United States, its country;
//   - not inside a larger area's name ("Latin America", "New England").
//
// "Name, Qualifier" ("Paris, Texas", "Slidell, La.", "Dade County, Fla.")
// restricts the name to places inside the qualifier. When no place of that
// name lies inside it ("Cambridge, Ohio": a town too small for the
// gazetteer), the mention is one of the qualifier's area, and the name's
// other mentions in the text do not count for the English Cambridge; so is
// a state after an unknown town ("Valley Forge, Pa.") or a lawmaker's party
// ("Robert Dole (R-Kan.)"). The qualifier must close its phrase (a comma,
// period or bracket after it) and, unless it is an abbreviation such as
// "Pa.", name no city: "Moscow, Washington and Beijing" is a list.
// "Washington state" picks the region. An
// ambiguous name goes to the meaning with the best score: log10 of its
// population, plus 0.5 for a capital, less 1 for an alternate name, plus 3 if another name of the text is
// in its region, plus 1 if one is in its country; a country's name scores
// its population plus 2 ("Georgia" is the country unless Atlanta or Georgia's
// other cities are mentioned, or the rest of the text speaks for the United
// States with a weight of 2 or more: then a region whose name is also a
// country's gets 4 more), a region's its cities' population less 1.5.
// A city's own name wins over another city's alternate name ("Victoria"),
// unless that other city is five times as big and in another country
// ("Geneva" is Genève, but "New Delhi" is not Delhi).
//
// The weights of the mentions then add up per country; the best country
// must reach 2 (a title or first-paragraph mention, or two later ones).
// Inside it, its best city is the place if it reaches 2 or was qualified;
// else its best region if it reaches 2; else the country alone.
//
// # The last resort
//
// When the title and lead name no place that reaches 2, Find reads the
// whole text (20,000 bytes at most; paragraphs after the fifth weigh 1)
// and also counts, at half weight, cues (see cues.go):
//
//   - demonyms ("Swedish industry", "West German bank");
//   - national institutions, regulators, markets and indexes of today
//     ("Federal Reserve", "Commerce Department", "Fannie Mae", "TSX",
//     "Bundesbank", "Kremlin", "Nikkei");
//   - currencies ("15 billion yen", "the rupee"): in lower case or after an
//     amount, and, for words that are also common words ("marks", "won",
//     "rand", "lira"), only after a magnitude ("500 mln marks", not "95
//     marks");
//   - company forms of one country ("Inc", "Corp", "Co" and "LLC" for the
//     United States, "Plc" for Britain, "GmbH" and "AG" for Germany, "NV"
//     for the Netherlands, "Pty" for Australia...), also in lower case
//     right after a name ("Vista Chemical co"). A country's company forms
//     add at most 2, however many companies the text names, and forms used
//     in many countries but seldom in the United States ("Ltd", "Limited")
//     take their weight off the United States' forms: a text with
//     "Breakwater Resources Ltd" and "Novamin Inc" is not surely American;
//   - names inside an organization's name ("Philadelphia Electric Co"), for
//     their country only.
//
// The best country then needs 1: one mention anywhere, or a cue in the
// first paragraph, or two later. This most often yields a country alone.
// On Reuters-21578 (see ./evaluate) Find names a country for 95% of the
// stories without their datelines, the right one for 90% of those (85% of
// all; 85% on the held-out TEST split). Countries lists every country that
// the last resort weighs, without its thresholds.
package dateline
