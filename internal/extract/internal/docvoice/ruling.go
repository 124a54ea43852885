package docvoice

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
)

// maxCourtBack bounds, in tokens, how far back the court whose ruling a
// quote is read from is looked for.
const maxCourtBack = 3000

// rulings are a court's documents, which speak for the court (true);
// "the decision", "the order" and "the opinion" are as often a
// council's, a president's or a lawyer's (false), and are the court's
// only when a court or judge is spoken of in their paragraph or the one
// before.
var rulings = map[string]bool{"the ruling": true, "the judgment": true, "the judgement": true, "the verdict": true,
	"the court order": true, "the written ruling": true, "the decision": false, "the order": false, "the opinion": false}

// courtRuling gives a quote read from "the ruling" (or judgment,
// verdict, order) the court named last before it: "the ruling said"
// after "The Nagoya High Court on Tuesday ordered ..." is the Nagoya
// High Court's.
func (x *voices) courtRuling(q *result.Quote) {
	if q.SpeakerStart < 0 || len(q.Speaker) < 8 || !strings.EqualFold(q.Speaker[:4], "the ") {
		return
	}
	courts, ok := rulings[strings.ToLower(q.Speaker)]
	if !ok {
		return
	}
	a := x.tokenAt(q.SpeakerStart)
	for k := a - 1; !courts && k > 0 && a-k < maxCourtBack && x.toks[k].Para+1 >= x.toks[a].Para; k-- {
		x.steps++
		courts = x.toks[k].Low == "court" || x.toks[k].Low == "tribunal" || x.toks[k].Low == "judge" // "The court observed ..."
	}
	if !courts {
		return
	}
	for k := a - 1; k > 0 && a-k < maxCourtBack; k-- {
		x.steps++
		t := x.toks[k]
		if !t.Cap || t.Low != "court" && t.Low != "tribunal" || t.InQ {
			continue
		}
		s := k
		for s > 0 && k-s < 6 && x.toks[s-1].Cap && x.toks[s-1].Para == t.Para && !x.toks[s-1].InQ && x.toks[s-1].Low != "the" {
			x.steps++
			s-- // "Nagoya High Court", "Leighton Criminal Court"
		}
		if s == k {
			return // "the Court" alone names no court
		}
		q.Speaker, q.SpeakerTitle = x.text(s, k+1), ""
		return
	}
}
