// Package thread reads a discussion thread copied from a forum's page:
// each comment a turn of its author.
package thread

import (
	"regexp"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

// A discussion thread copied from a forum's page (Reddit's, and the
// sites laid out like it) heads each comment with its author's username
// and age, and closes it with its votes and buttons:
//
//	u/powderday_paloma • 9 hr. ago
//	What's the scariest thing that's ever happened to you up there?
//	2.3k   Reply   Share
//
//	  u/nightshift_groomer_gus OP • 9 hr. ago
//	  Winching on a steep pitch in a whiteout in my third season. ...
//
// The post itself opens "Posted by u/NAME • 9 hr. ago", with a flair
// line, then its title and body, and ends at its own line of counts
// ("8.4k    612 Comments    Share    Award").

// threadHeader matches a comment's or the post's header line.
var threadHeader = regexp.MustCompile(`^[ \t]*(Posted by[ \t]+)?(?:u/)?([A-Za-z0-9_-]{3,32}|\[deleted\])([ \t]+OP)?[ \t]+•[ \t]+[^\n]*\bago\b[^\n]*$`)

// postHeader matches the post's header on one line, "r/toronto • 7 hr.
// ago", with its author on the line under it.
var postHeader = regexp.MustCompile(`^[ \t]*r/[A-Za-z0-9_]{2,32}[ \t]+•[ \t]+[^\n]*\bago\b[^\n]*$`)

// threadButtons are the words of the line that closes a comment.
var threadButtons = map[string]bool{"reply": true, "share": true, "award": true, "report": true, "save": true, "follow": true,
	"comments": true, "comment": true, "•": true, "…": true, "...": true, "·": true, "upvotes": true, "upvote": true,
	"points": true, "votes": true}

// minThreadComments is how many headed comments make a thread.
const minThreadComments = 3

// maxFlair bounds the words of the flair line under a post's header.
const maxFlair = 3

// Find returns the comments of a thread, one turn for each of
// their paragraphs, labelled with the author's username (without "u/");
// a removed comment's are left out. A text with fewer than three headed
// comments has none.
func Find(r []rune) []transcript.Turn {
	bullets := 0 // a header's "•": a thread has three
	for _, c := range r {
		if c == '•' {
			bullets++
		}
	}
	if bullets < minThreadComments {
		return nil
	}
	lines := transcript.LineSpans(r)
	headers := 0
	for i, l := range lines {
		if threadHeader.MatchString(string(r[l[0]:l[1]])) || stackedHeader(r, lines, i) > i {
			headers++
		}
	}
	if headers < minThreadComments {
		return nil
	}
	var out []transcript.Turn
	author, as, ae := "", 0, 0 // the comment being read; "" between comments
	post := false              // in the post, whose flair line comes first
	postTitle := false         // the post's title is still to come, after a one-line header
	skip := -1                 // the last line of a header stacked over several
	for i, l := range lines {
		if i <= skip {
			continue
		}
		line := string(r[l[0]:l[1]])
		if end := stackedHeader(r, lines, i); end > i {
			s, e := transcript.Trim(r, l[0], l[1])
			if strings.HasPrefix(line, "r/") { // the post: "r/IAmA", "•", "9 hr. ago", then its author
				for end+1 < len(lines) && strings.TrimSpace(string(r[lines[end+1][0]:lines[end+1][1]])) == "" {
					end++
				}
				if end+1 < len(lines) {
					end++
					s, e = transcript.Trim(r, lines[end][0], lines[end][1])
				}
			}
			author, as, ae, post, skip = string(r[s:e]), s, e, strings.HasPrefix(line, "r/"), end
			for skip+1 < len(lines) && headerWords[strings.TrimSpace(string(r[lines[skip+1][0]:lines[skip+1][1]]))] {
				skip++ // "Verified", "Stickied comment"
			}
			continue
		}
		if postHeader.MatchString(line) {
			// the post: its author on the next line that has words
			k := i + 1
			for k < len(lines) && strings.TrimSpace(string(r[lines[k][0]:lines[k][1]])) == "" {
				k++
			}
			if k < len(lines) {
				if s, e := transcript.Trim(r, lines[k][0], lines[k][1]); threadUser.MatchString(string(r[s:e])) {
					author, as, ae, post, skip, postTitle = string(r[s:e]), s, e, true, k, true
				}
			}
			continue
		}
		if m := threadHeader.FindStringSubmatchIndex(line); m != nil {
			author, as, ae = line[m[4]:m[5]], l[0]+len([]rune(line[:m[4]])), l[0]+len([]rune(line[:m[5]]))
			post = m[2] >= 0
			if author == "[deleted]" {
				author = ""
			}
			continue
		}
		s, e := transcript.Trim(r, l[0], l[1])
		if author == "" || s >= e {
			continue
		}
		if threadButtonLine(string(r[s:e])) {
			author = "" // the comment's votes and buttons close it
			continue
		}
		if post && len(strings.Fields(string(r[s:e]))) <= maxFlair && !strings.ContainsAny(string(r[s:e]), ".?!") {
			continue // the post's flair: "Unique Experience", over its title or under it
		}
		if text := string(r[s:e]); text == "[removed]" || text == "[deleted]" {
			continue
		}
		if post && postTitle {
			postTitle = false
			if !strings.ContainsRune(".?!", r[e-1]) {
				continue // the post's title, over its words
			}
		}
		if (r[s] == '"' || r[s] == '“') && (r[e-1] == '"' || r[e-1] == '”') {
			continue // words the commenter quotes whole, someone else's
		}
		if r[s] == '>' {
			// "> It was reported. Multiple times.": a reply quoting the
			// comment it answers, whose author said it
			if b, e2 := transcript.Trim(r, s+1, e); b < e2 {
				if t, ok := saidBefore(r, out, string(r[b:e2])); ok {
					out = append(out, transcript.Turn{LabelStart: t.LabelStart, LabelEnd: t.LabelEnd, Start: b, End: e2, Label: t.Label, Role: transcript.Named})
				}
			}
			continue
		}
		out = append(out, transcript.Turn{LabelStart: as, LabelEnd: ae, Start: s, End: e, Label: string(r[as:ae]), Role: transcript.Named})
	}
	if len(out) < minThreadComments {
		return nil
	}
	return out
}

// saidBefore returns the latest comment so far whose words hold text.
func saidBefore(r []rune, out []transcript.Turn, text string) (transcript.Turn, bool) {
	for k := len(out) - 1; k >= 0 && len(out)-k <= maxQuotedBack; k-- {
		if strings.Contains(string(r[out[k].Start:out[k].End]), text) {
			return out[k], true
		}
	}
	return transcript.Turn{}, false
}

// maxQuotedBack bounds how many comments back a reply's quotation is
// looked for.
const maxQuotedBack = 20

// stackedHeader returns the last line of a comment's header that a
// thread copied from a newer page stacks over several lines, starting at
// line i ("HesterOnTheLookout", "OP", "•", "9h ago"; or the post's "r/IAmA",
// "•", "9 hr. ago"), or -1 when line i opens none.
func stackedHeader(r []rune, lines [][2]int, i int) int {
	name := strings.TrimSpace(string(r[lines[i][0]:lines[i][1]]))
	if !threadUser.MatchString(name) {
		return -1
	}
	bullet := false
	for k := i + 1; k < len(lines) && k <= i+3; k++ {
		w := strings.TrimSpace(string(r[lines[k][0]:lines[k][1]]))
		switch {
		case w == "•":
			bullet = true
		case w == "OP" || w == "MOD":
		case bullet && threadAge.MatchString(w):
			return k
		default:
			return -1
		}
	}
	return -1
}

// threadUser matches a username alone on its line, or the forum's
// "r/IAmA"; threadAge a comment's age ("9h ago", "9 hr. ago").
var (
	threadUser = regexp.MustCompile(`^(r/)?[A-Za-z0-9_-]{3,32}$`)
	threadAge  = regexp.MustCompile(`^\d+\s*(h|hr|hrs|m|min|mo|d|y|yr)\.?\s+ago$`)
)

// headerWords follow a stacked header without being the comment's words.
var headerWords = map[string]bool{"Verified": true, "Stickied comment": true, "Pinned": true, "Edited": true}

// threadButtonLine reports whether a line holds only a comment's votes,
// counts and buttons: "2.3k   Reply   Share", "8.4k    612 Comments
// Share    Award", or the votes alone on their line ("612", "1.1K").
func threadButtonLine(line string) bool {
	words := strings.Fields(line)
	if len(words) == 1 && strings.Trim(strings.TrimSuffix(strings.ToLower(words[0]), "k"), "0123456789.") == "" && words[0] != "." {
		return true
	}
	buttons := 0
	for _, w := range words {
		switch {
		case threadButtons[strings.ToLower(w)]:
			buttons++
		case strings.Trim(strings.TrimSuffix(strings.ToLower(w), "k"), "0123456789.") == "":
		default:
			return false
		}
	}
	return buttons > 0
}
