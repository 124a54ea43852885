package court

import (
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

func TestReadCourt(t *testing.T) {
	text := "BEFORE THE HONORABLE CORINNE A. DABROWSKI, DISTRICT JUDGE\n\nTHE COURT: Be seated.\n\nWENDELL OSTROWSKI, having been first duly sworn, testified as follows:\n\nBY MS. OKAFOR-REYES:\n\nQ. What do you do?\n\nA. I keep bees.\n\nBY MR. VANDERMEER:\n\nQ. Morning.\n\nA. Morning."
	r := []rune(text)
	c := ReadCourt(r)
	if c.Witness != "WENDELL OSTROWSKI" || c.Judge != "CORINNE A. DABROWSKI" || len(c.Examiner) != 2 {
		t.Fatalf("court: %+v", c)
	}
	turns := transcript.Find(r)
	var got []string
	for _, tn := range turns {
		if tn.Role == transcript.Question {
			got = append(got, c.ExaminerAt(tn.LabelStart).Label)
		}
	}
	if strings.Join(got, ",") != "MS. OKAFOR-REYES,MR. VANDERMEER" {
		t.Errorf("examiners of the questions: %v", got)
	}
	if c := ReadCourt([]rune("Intro.\n\nQ: Why?\n\nA: Because.")); c.Witness != "" || c.Judge != "" || len(c.Examiner) != 0 {
		t.Errorf("an interview: %+v, want no court", c)
	}
}
