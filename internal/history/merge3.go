package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// A form saved over a newer edit is merged field by field: what this
// editor changed since the version they opened goes in, what someone else
// changed since stays, and only a field both changed, differently, is a
// conflict. Merge3 does that with three snapshots of one record.

// follows names the snapshot keys that follow another: a slug its name,
// an anchor its quote's words, a name kept for history the ID it names.
// They are merged with the key they follow.
var follows = map[string]string{
	"slug": "name", "anchor_start": "text", "anchor_end": "text", "anchor_exact": "text", "anchor_prefix": "text", "anchor_suffix": "text",
	"speaker": "person_id", "article": "article_id", "via": "via_outlet_id", "outlet": "outlet_id", "topics": "topic_ids",
}

// ignored keys are not the editors' to merge.
var ignored = map[string]bool{"merged": true, "quote_ids": true}

// fieldNames are the keys as forms name them, for the conflict message.
var fieldNames = map[string]string{
	"name": "Name", "kind": "Kind", "description": "Description", "wikidata_id": "Wikidata ID", "aliases": "Also printed as",
	"gender": "Gender", "affiliation": "Affiliation", "home_url": "Home page", "domains": "Domains", "title": "Title", "url": "URL",
	"outlet_id": "Outlet", "authors": "Authors", "published_on": "Published", "accessed_on": "Read", "body": "Text", "text": "Text",
	"person_id": "Speaker", "speaker_title": "Speaker's title", "article_id": "Article", "via_outlet_id": "Came via", "said_on": "Said on",
	"context": "Context", "status": "Status", "topic_ids": "Topics",
}

// Merge3 merges mine and theirs, two snapshots of type typ each made from
// base: each group of keys takes mine where only mine changed it, theirs
// otherwise. Groups both changed, to different values, are conflicts,
// named as the forms name them; they take mine when mineWins is set, and
// theirs otherwise. The merge comes back as snapshot data (JSON).
func Merge3(typ, base, theirs, mine string, mineWins bool) (merged string, conflicts []string, err error) {
	var b, t, m map[string]json.RawMessage
	for _, p := range []struct {
		data string
		into *map[string]json.RawMessage
	}{{base, &b}, {theirs, &t}, {mine, &m}} {
		if err := json.Unmarshal([]byte(p.data), p.into); err != nil {
			return "", nil, fmt.Errorf("merge %s snapshots: %w", typ, err)
		}
	}
	groups := map[string][]string{}
	for _, snap := range []map[string]json.RawMessage{b, t, m} {
		for k := range snap {
			if ignored[k] {
				continue
			}
			g := k
			if f, ok := follows[k]; ok {
				g = f
			}
			if !slices.Contains(groups[g], k) {
				groups[g] = append(groups[g], k)
			}
		}
	}
	out := map[string]json.RawMessage{}
	for k, v := range t {
		out[k] = v
	}
	same := func(x, y map[string]json.RawMessage, keys []string) bool {
		for _, k := range keys {
			if !bytes.Equal(compact(x[k]), compact(y[k])) {
				return false
			}
		}
		return true
	}
	for _, g := range slices.Sorted(func(yield func(string) bool) {
		for g := range groups {
			if !yield(g) {
				return
			}
		}
	}) {
		keys := groups[g]
		mineChanged, theirsChanged := !same(b, m, keys), !same(b, t, keys)
		takeMine := mineChanged && !theirsChanged
		if mineChanged && theirsChanged && !same(m, t, keys) {
			name := fieldNames[g]
			if name == "" {
				name = strings.ReplaceAll(g, "_", " ")
			}
			if !slices.Contains(conflicts, name) {
				conflicts = append(conflicts, name)
			}
			takeMine = mineWins
		}
		if takeMine {
			for _, k := range keys {
				if v, ok := m[k]; ok {
					out[k] = v
				} else {
					delete(out, k)
				}
			}
		}
	}
	data, err := json.Marshal(out)
	if err != nil {
		return "", nil, fmt.Errorf("merge %s snapshots: %w", typ, err)
	}
	return string(data), conflicts, nil
}

func compact(v json.RawMessage) []byte {
	if len(v) == 0 {
		return []byte("null")
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, v); err != nil {
		return v
	}
	return buf.Bytes()
}

// Encode writes a snapshot as revisions keep it.
func Encode(s Snapshot) (string, error) { return encode(s) }

// AtVersion reads the snapshot data of the newest revision that left the
// record typ id at version; ok is false when history has none.
func AtVersion(db *gorm.DB, typ string, id int64, version int) (data string, ok bool, err error) {
	var revs []Revision
	if err := db.Where("entity_type = ? AND entity_id = ? AND version = ?", typ, id, version).Order("id DESC").Limit(1).Find(&revs).Error; err != nil {
		return "", false, fmt.Errorf("version %d of %s %d: %w", version, typ, id, err)
	}
	if len(revs) == 0 {
		return "", false, nil
	}
	return revs[0].Data, true, nil
}
