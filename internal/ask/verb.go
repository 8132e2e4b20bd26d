package ask

import "strings"

// irregular maps the past tense of common irregular verbs to their past
// participle, where the two differ, and marks those that are the same.
var irregular = map[string]string{
	"rose": "risen", "fell": "fallen", "won": "won", "lost": "lost", "beat": "beaten", "took": "taken",
	"gave": "given", "went": "gone", "ran": "run", "saw": "seen", "grew": "grown", "came": "come",
	"broke": "broken", "wrote": "written", "spoke": "spoken", "chose": "chosen", "drove": "driven",
	"froze": "frozen", "began": "begun", "drew": "drawn", "threw": "thrown", "flew": "flown",
	"knew": "known", "showed": "shown", "struck": "struck", "fought": "fought", "bought": "bought",
	"brought": "brought", "thought": "thought", "sold": "sold", "held": "held", "kept": "kept",
	"left": "left", "met": "met", "made": "made", "paid": "paid", "sent": "sent", "spent": "spent",
	"built": "built", "cut": "cut", "set": "set", "put": "put", "quit": "quit", "hit": "hit",
	"shut": "shut", "split": "split", "led": "led", "lent": "lent", "found": "found", "told": "told",
	"sought": "sought", "hid": "hidden", "bid": "bid", "signed": "signed", "scored": "scored",
}

// participle returns the past participle of the past-tense verb w, and
// false if w does not look like a past tense.
func participle(w string) (string, bool) {
	if p, ok := irregular[w]; ok {
		return p, true
	}
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return w, true
	}
	return "", false
}
