// Package moderate holds the rules of moderation: who a reader is (a salted
// hash, never a raw address), how much a flag weighs, when an item is hidden
// pending review; and the moderators' side: password hashing, sessions and
// login throttling. It sits beside the web pages, which call it, and keeps
// its state in the store.
//
// Flag weights, Discourse-like: a reader's flag weighs 1; a trusted reader
// (one whose flags moderators upheld at least TrustedAfter times) weighs
// TrustedWeight; a signed-in moderator's flag weighs ModeratorWeight. When an
// item's summed weight since its last review reaches Threshold, the item is
// hidden pending review, and a neutral notice shows in its place.
package moderate
