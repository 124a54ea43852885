package dump_test

import (
	"os"
	"testing"

	"github.com/quotetrail/quotetrail/internal/apptest"
)

// The tests share the database templates apptest makes, dropped at the end.
func TestMain(m *testing.M) { os.Exit(apptest.RunTests(m)) }
