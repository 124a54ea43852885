// Package query is quotetrail's search query language: it turns what
// someone typed into the search box into an expression each engine's
// full-text index takes (an FTS5 MATCH on SQLite, a tsquery on
// PostgreSQL), repairing what is malformed, and marks the words looked
// for in the text found. It knows nothing of the database.
package query

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParsedQuery is a search as typed, turned into an FTS5 expression that
// cannot be a syntax error, with notes on what was changed to get there.
type ParsedQuery struct {
	// Expr is the FTS5 expression over the searchable columns; "" when
	// nothing searchable is left.
	Expr string
	// Notes say, for the person searching, what was cleaned up ("closed
	// the open quotation mark"). Empty for a well-formed query.
	Notes []string
	// Terms are the words and phrases looked for, for display.
	Terms []string
	// Marks are the words to mark in a quote's text: those of every term
	// looked for in the text, not those of excluded ones.
	Marks []MarkWord

	// root is the parsed query, from which each engine's expression is
	// written; nil when nothing searchable is left.
	root qnode
	// columns keeps the words to the searchable columns (see nearTags).
	columns bool
}

// Empty tells whether nothing searchable is left of the query.
func (q ParsedQuery) Empty() bool { return q.root == nil }

// TSQuery writes the query as a PostgreSQL tsquery over the search
// document's words, its fields as the document's weights; "" when
// nothing searchable is left.
func (q ParsedQuery) TSQuery() string {
	if q.root == nil {
		return ""
	}
	return q.root.write(&tsqueryLanguage)
}

// Completion is the query for every one of words (folded as IndexWords
// folds them) in column, the last one as a prefix still being typed:
// the words typed so far into a picker.
func Completion(column string, words []string) ParsedQuery {
	if len(words) == 0 {
		return ParsedQuery{}
	}
	all := &qand{}
	for i, w := range words {
		all.pos = append(all.pos, &qterm{text: w, prefix: i == len(words)-1, column: column})
	}
	return ParsedQuery{Expr: all.write(&fts5Language), root: all}
}

// MarkWord is a word to mark in found text: the whole word, or any word
// that starts with it.
type MarkWord struct {
	Word   string // folded as the index folds it
	Prefix bool
	// Stem, for a word not written in quotation marks, is its stem:
	// the words that share it are marked too ("penalties" for
	// "penalty").
	Stem string
}

// maxQueryTerms bounds how many words one search may hold, so a pasted
// paragraph cannot become a thousand-way AND.
const maxQueryTerms = 32

// A prefix (priv*) is matched by reading every indexed word it starts:
// "a*" reads a good part of the index, and 26 of them OR-ed took 5 s over
// 200k quotes. So a prefix needs minPrefix letters or digits, and a query
// keeps at most maxPrefixes; others are searched as whole words.
const (
	minPrefix   = 2
	maxPrefixes = 4
)

// searchColumns names the columns the typed words are matched against: the
// tags column holds filter tokens and must never match a typed word.
const searchColumns = "{text speaker article outlet}"

// TagPrefix starts every filter token of the index's tags column (qqtp12
// is person 12): no word of news text starts so, and the parser refuses
// typed words that do, so typed words never match tags without a column
// filter.
const TagPrefix = "qqt"

// fieldColumns maps the field prefixes a query may use (speaker:khan) to
// their column.
var fieldColumns = map[string]string{
	"quote": "text", "text": "text", "speaker": "speaker", "by": "speaker",
	"article": "article", "title": "article", "outlet": "outlet",
}

// ParseQuery turns what someone typed into a safe FTS5 expression. It
// understands words, "phrases", prefixes (priv*), AND, OR, NOT (in capitals,
// as people type them), -word, parentheses and field:word for speaker,
// article, outlet and quote. Anything malformed is repaired and noted,
// never refused.
func ParseQuery(input string) ParsedQuery {
	p := &queryParser{toks: lexQuery(input)}
	p.notes = append(p.notes, p.lexNotes()...)
	var n qnode
	for p.pos < len(p.toks) {
		part := p.parseOr()
		if part != nil {
			if n == nil {
				n = part
			} else {
				n = &qand{pos: []qnode{n, part}}
			}
		}
		if p.pos < len(p.toks) && p.toks[p.pos].kind == tokClose {
			p.note("ignored a “)” that closed nothing")
			p.pos++
		}
	}
	out := ParsedQuery{Notes: p.notes, Terms: p.terms}
	if n != nil {
		n = simplify(n)
	}
	if n != nil {
		out.root = n
		out.Marks = marks(n, nil)
		out.Expr = n.write(&fts5Language)
		// A column filter makes FTS5 read every match's positions (13 ms
		// instead of 0.5 ms to count a common word over 100k quotes), so
		// it is only used when a typed prefix could reach a filter tag.
		if p.nearTags {
			out.columns = true
			out.Expr = searchColumns + " : (" + out.Expr + ")"
		}
	}
	return out
}

type tokKind int

const (
	tokWord tokKind = iota
	tokPhrase
	tokAnd
	tokOr
	tokNot
	tokOpen
	tokClose
)

type qtok struct {
	kind   tokKind
	text   string // the word or phrase, cleaned
	prefix bool   // ends in *
	neg    bool   // written -word
	column string // from field:word
	raw    string // as typed
	// unclosed tells a phrase whose quotation mark was never closed.
	unclosed bool
}

// lexQuery cuts input into words, phrases, operators and parentheses.
func lexQuery(input string) []qtok {
	var toks []qtok
	rs := []rune(input)
	column := ""
	neg := false
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case r == '(':
			toks = append(toks, qtok{kind: tokOpen, raw: "("})
			i++
			column, neg = "", false
			continue
		case r == ')':
			toks = append(toks, qtok{kind: tokClose, raw: ")"})
			i++
			column, neg = "", false
			continue
		case r == '"' || r == '“' || r == '”' || r == '„':
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			t := qtok{kind: tokPhrase, text: string(rs[i+1 : min(j, len(rs))]), column: column, neg: neg}
			if j >= len(rs) {
				t.unclosed = true
			}
			j++
			if j < len(rs) && rs[j] == '*' {
				t.prefix = true
				j++
			}
			t.raw = string(rs[i:min(j, len(rs))])
			toks = append(toks, t)
			column, neg = "", false
			i = j
			continue
		case r == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && rs[i+1] != '-':
			neg = true
			i++
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) && !strings.ContainsRune(`()"“”„`, rs[j]) {
			j++
		}
		word := string(rs[i:j])
		i = j
		switch word {
		case "AND", "&&":
			toks = append(toks, qtok{kind: tokAnd, raw: word})
			continue
		case "OR", "||", "|":
			toks = append(toks, qtok{kind: tokOr, raw: word})
			continue
		case "NOT":
			toks = append(toks, qtok{kind: tokNot, raw: word})
			continue
		}
		if k, rest, ok := strings.Cut(word, ":"); ok {
			if col, known := fieldColumns[strings.ToLower(k)]; known {
				column = col
				if rest == "" {
					continue // the field applies to the phrase or word that follows
				}
				word = rest
			}
		}
		t := qtok{kind: tokWord, column: column, neg: neg, raw: word}
		if strings.HasSuffix(word, "*") {
			t.prefix = true
		}
		t.text = strings.ReplaceAll(word, "*", " ")
		toks = append(toks, t)
		column, neg = "", false
	}
	return toks
}

// searchable reports whether s holds anything the index tokenises: a
// letter or a digit.
func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

type queryParser struct {
	toks     []qtok
	pos      int
	notes    []string
	terms    []string
	depth    int
	nearTags bool // a prefix term could match filter tags
	prefixes int  // prefix terms kept so far
}

func (p *queryParser) note(msg string) {
	for _, n := range p.notes {
		if n == msg {
			return
		}
	}
	p.notes = append(p.notes, msg)
}

func (p *queryParser) lexNotes() []string {
	var notes []string
	for _, t := range p.toks {
		if t.unclosed {
			notes = append(notes, "closed the open quotation mark")
		}
	}
	return notes
}

func (p *queryParser) peek() (qtok, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return qtok{}, false
}

// parseOr reads and-groups joined by OR.
func (p *queryParser) parseOr() qnode {
	var kids []qnode
	for {
		if n := p.parseAnd(); n != nil {
			kids = append(kids, n)
		}
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.pos++
		if len(kids) == 0 {
			p.note("ignored an OR with nothing before it")
		}
		if t2, ok := p.peek(); !ok || t2.kind == tokOr || t2.kind == tokClose {
			p.note("ignored an OR with nothing after it")
		}
	}
	switch len(kids) {
	case 0:
		return nil
	case 1:
		return kids[0]
	}
	return &qor{kids: kids}
}

// parseAnd reads terms joined by AND (written or implied) and NOT.
func (p *queryParser) parseAnd() qnode {
	and := &qand{}
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokClose {
			break
		}
		if t.kind == tokAnd {
			p.pos++
			if len(and.pos)+len(and.neg) == 0 {
				p.note("ignored an AND with nothing before it")
			}
			continue
		}
		neg := false
		for ok && t.kind == tokNot {
			neg = !neg
			p.pos++
			t, ok = p.peek()
		}
		if !ok || t.kind == tokOr || t.kind == tokClose || t.kind == tokAnd {
			p.note("ignored a NOT with nothing after it")
			continue
		}
		n, tneg := p.parseUnary()
		if n == nil {
			continue
		}
		if neg != tneg {
			and.neg = append(and.neg, n)
		} else {
			and.pos = append(and.pos, n)
		}
	}
	if len(and.pos) == 0 {
		if len(and.neg) > 0 {
			p.note("NOT and -word only leave words out: add a word to look for")
		}
		return nil
	}
	if len(and.pos) == 1 && len(and.neg) == 0 {
		return and.pos[0]
	}
	return and
}

// parseUnary reads a word, a phrase or a parenthesised group; neg tells
// whether it was written -word.
func (p *queryParser) parseUnary() (qnode, bool) {
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case tokOpen:
		p.depth++
		var n qnode
		if p.depth > 8 {
			p.note("flattened brackets nested too deep")
		}
		n = p.parseOr()
		if c, ok := p.peek(); ok && c.kind == tokClose {
			p.pos++
		} else {
			p.note("closed an open bracket")
		}
		p.depth--
		return n, false
	case tokWord, tokPhrase:
		words := strings.Fields(t.text)
		if len(words) == 0 || !searchable(t.text) {
			if t.kind == tokPhrase && strings.TrimSpace(t.text) == "" {
				p.note("ignored an empty quotation")
			} else {
				p.note("ignored “" + strings.TrimSpace(t.raw) + "”: it holds no letters or digits")
			}
			return nil, false
		}
		if len(p.terms) >= maxQueryTerms {
			p.note("used only the first 32 words")
			return nil, false
		}
		term := strings.Join(words, " ")
		if strings.Contains(strings.ToLower(term), TagPrefix) {
			p.note("ignored “" + term + "”: words with “" + TagPrefix + "” are kept for filters")
			return nil, false
		}
		if t.prefix {
			t.prefix = p.keepPrefix(words[len(words)-1])
		}
		if last := strings.ToLower(words[len(words)-1]); t.prefix && strings.HasPrefix(TagPrefix, last) {
			p.nearTags = true
		}
		p.terms = append(p.terms, term)
		return &qterm{text: term, prefix: t.prefix, column: t.column, exact: t.kind == tokPhrase}, t.neg
	}
	return nil, false
}

// keepPrefix tells whether word* may be searched as a prefix (see
// minPrefix and maxPrefixes), noting why when it may not.
func (p *queryParser) keepPrefix(word string) bool {
	switch {
	case utf8.RuneCountInString(word) < minPrefix:
		p.note("searched “" + word + "*” as the word “" + word + "”: a prefix needs at least 2 letters")
		return false
	case p.prefixes >= maxPrefixes:
		p.note("searched prefixes after the first 4 as whole words")
		return false
	}
	p.prefixes++
	return true
}

// qnode is a parsed query: a term, an AND with exclusions, or an OR. It
// is written in a queryLanguage: as an FTS5 expression (SQLite) or as a
// tsquery (PostgreSQL).
type qnode interface {
	write(l *queryLanguage) string
}

// queryLanguage is how one engine writes a query: the operators between
// the parts of an AND, an exclusion and an OR, and a term.
type queryLanguage struct {
	and, andNot, or string
	term            func(*qterm) string
}

var (
	fts5Language    = queryLanguage{and: " AND ", andNot: " NOT ", or: " OR ", term: (*qterm).fts}
	tsqueryLanguage = queryLanguage{and: " & ", andNot: " & !", or: " | ", term: (*qterm).tsquery}
)

type qterm struct {
	text   string
	prefix bool
	column string
	// exact tells a term written in quotation marks: its words are
	// looked for as they are, not stemmed.
	exact bool
}

// fts quotes the term as an FTS5 string, so nothing in it is syntax.
func (t *qterm) fts() string {
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += "*"
	}
	if t.column != "" {
		s = t.column + " : " + s
	}
	return s
}

// tsqueryWeights maps the columns a term may be limited to onto the
// weights of PostgreSQL's search document (the store's quote_search).
var tsqueryWeights = map[string]string{"text": "A", "speaker": "B", "article": "C", "outlet": "D"}

// tsquery writes the term as lexemes folded as the document's words are
// (indexWords), a phrase of several as lexemes that follow each other
// (<->). Lexemes are quoted, so nothing in them is syntax.
func (t *qterm) tsquery() string {
	words := IndexWords(t.text)
	weight := tsqueryWeights[t.column]
	parts := make([]string, len(words))
	for i, w := range words {
		label := weight
		if t.prefix && i == len(words)-1 {
			label = "*" + label
		}
		parts[i] = TSQueryLexeme(w)
		if label != "" {
			parts[i] += ":" + label
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

// TSQueryLexeme quotes a lexeme for a tsquery, so nothing in it is
// syntax.
func TSQueryLexeme(w string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(w) + "'"
}

func (t *qterm) write(l *queryLanguage) string { return l.term(t) }

type qand struct{ pos, neg []qnode }

func (a *qand) write(l *queryLanguage) string {
	parts := make([]string, len(a.pos))
	for i, n := range a.pos {
		parts[i] = n.write(l)
	}
	s := strings.Join(parts, l.and)
	if len(a.pos) > 1 {
		s = "(" + s + ")"
	}
	for _, n := range a.neg {
		s = "(" + s + l.andNot + n.write(l) + ")"
	}
	return s
}

type qor struct{ kids []qnode }

func (o *qor) write(l *queryLanguage) string {
	parts := make([]string, len(o.kids))
	for i, n := range o.kids {
		parts[i] = n.write(l)
	}
	return "(" + strings.Join(parts, l.or) + ")"
}

// simplify drops empty groups left by ignored terms.
func simplify(n qnode) qnode {
	switch x := n.(type) {
	case *qand:
		var pos []qnode
		for _, k := range x.pos {
			if k = simplify(k); k != nil {
				pos = append(pos, k)
			}
		}
		if len(pos) == 0 {
			return nil
		}
		if len(pos) == 1 && len(x.neg) == 0 {
			return pos[0]
		}
		return &qand{pos: pos, neg: x.neg}
	case *qor:
		var kids []qnode
		for _, k := range x.kids {
			if k = simplify(k); k != nil {
				kids = append(kids, k)
			}
		}
		switch len(kids) {
		case 0:
			return nil
		case 1:
			return kids[0]
		}
		return &qor{kids: kids}
	}
	return n
}

// marks collects the words of the terms n looks for in the quote's text.
func marks(n qnode, out []MarkWord) []MarkWord {
	switch x := n.(type) {
	case *qand:
		for _, k := range x.pos {
			out = marks(k, out)
		}
	case *qor:
		for _, k := range x.kids {
			out = marks(k, out)
		}
	case *qterm:
		if x.column != "" && x.column != "text" {
			return out
		}
		words := IndexWords(x.text)
		for i, w := range words {
			m := MarkWord{Word: w, Prefix: x.prefix && i == len(words)-1}
			if !x.exact && !m.Prefix {
				m.Stem = Stem(w)
			}
			out = append(out, m)
		}
	}
	return out
}

// Part is a part of a query that one index answers: its terms are all
// exact (written in quotation marks: the index of words as they stand)
// or all stemmed (the index of stems, where "penalty" finds
// "penalties").
type Part struct {
	Exact bool
	node  qnode
	// columns limits the words to the searchable columns (see
	// ParseQuery's nearTags).
	columns bool
}

// FTS5 writes the part as an FTS5 expression, for the table of its kind.
func (p Part) FTS5() string {
	s := p.node.write(&fts5Language)
	if p.columns {
		s = searchColumns + " : (" + s + ")"
	}
	return s
}

// TSQuery writes the part as a tsquery over the search document's words
// (exact) or, for a stemmed part, as the text to_tsquery stems.
func (p Part) TSQuery() string { return p.node.write(&tsqueryLanguage) }

// Cond is a query as parts each one index answers, joined: a Part, or
// All of Conds and None of Not, or Any of them.
type Cond struct {
	Part *Part
	All  []Cond
	Not  []Cond
	Any  []Cond
}

// Cond is the query cut into parts each one index answers: a single
// part when all its terms are exact or all are stemmed, which is most
// queries.
func (q ParsedQuery) Cond() Cond {
	if q.root == nil {
		return Cond{}
	}
	return q.cond(q.root)
}

func (q ParsedQuery) cond(n qnode) Cond {
	if k := kindOf(n); k != mixed {
		return Cond{Part: &Part{Exact: k == exactTerms, node: n, columns: q.columns}}
	}
	var c Cond
	switch x := n.(type) {
	case *qand:
		for _, k := range x.pos {
			c.All = append(c.All, q.cond(k))
		}
		for _, k := range x.neg {
			c.Not = append(c.Not, q.cond(k))
		}
	case *qor:
		for _, k := range x.kids {
			c.Any = append(c.Any, q.cond(k))
		}
	}
	return c
}

type termKind int

const (
	stemmedTerms termKind = iota
	exactTerms
	mixed
)

func kindOf(n qnode) termKind {
	var kids []qnode
	switch x := n.(type) {
	case *qterm:
		if x.exact {
			return exactTerms
		}
		return stemmedTerms
	case *qand:
		kids = append(append(kids, x.pos...), x.neg...)
	case *qor:
		kids = x.kids
	}
	k := kindOf(kids[0])
	for _, kid := range kids[1:] {
		if kindOf(kid) != k {
			return mixed
		}
	}
	return k
}
