package vocab

import "testing"

func TestPlaceOrTeam(t *testing.T) {
	for name, want := range map[string]bool{
		"Tue Oct": true, "Later Monday": true, "San Gabriel": true, "Harrow Point": true, "Leeds United": true,
		"Political Reporter": true, "Staff Correspondent": true,
		"Jonah Wexler": false, "Tom Ridge": false, "Monday Okafor": false,
	} {
		if got := PlaceOrTeam(name); got != want {
			t.Errorf("PlaceOrTeam(%q) = %v, want %v", name, got, want)
		}
	}
}
