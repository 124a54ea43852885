package extract

import "github.com/quotetrail/quotetrail/internal/extract/internal/tok"

// Tokens and quoted pieces come from package tok.
type (
	token = tok.Token
	piece = tok.Piece
)

// Token kinds.
const (
	tkWord   = tok.Word   // letters and digits, with inner apostrophes, hyphens and dots
	tkPunct  = tok.Punct  // any other single non-space rune
	tkOpenQ  = tok.OpenQ  // an opening quotation mark
	tkCloseQ = tok.CloseQ // a closing quotation mark
)
