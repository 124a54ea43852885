// Package layout checks the shape of the code base itself: the top level
// holds only what the project is made of, no package grows past what one
// person can hold in mind, and imports flow one way
// (cmd -> web -> handlers -> models / internal).
package layout

import (
	"bufio"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/quotetrail/quotetrail"

// maxPackageLines bounds a package's lines of code: hand-written, non-test
// Go, not counting blank lines and comments.
const maxPackageLines = 3000

// root finds the repository: the folder above holding go.mod.
func root(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// pkg is one Go package of the module, as the checks see it.
type pkg struct {
	path    string // import path
	lines   int    // lines of hand-written, non-test code
	imports map[string]bool
}

// packages reads every package's non-test files, skipping generated ones
// for the line count but not for imports.
func packages(t *testing.T, dir string) map[string]*pkg {
	t.Helper()
	out := map[string]*pkg{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != dir && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(dir, filepath.Dir(path))
		ip := module
		if rel != "." {
			ip += "/" + filepath.ToSlash(rel)
		}
		p := out[ip]
		if p == nil {
			p = &pkg{path: ip, imports: map[string]bool{}}
			out[ip] = p
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			v, _ := strconv.Unquote(im.Path.Value)
			if strings.HasPrefix(v, module+"/") {
				p.imports[v] = true
			}
		}
		n, generated, err := countLines(path)
		if err != nil {
			return err
		}
		if !generated {
			p.lines += n
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// countLines counts a file's lines of code (neither blank nor comment) and
// tells whether it is generated code (the standard "Code generated ... DO
// NOT EDIT." line before the package clause).
func countLines(path string) (n int, generated bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header, block := true, false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if header && strings.HasPrefix(line, "package ") {
			header = false
		}
		if header && strings.HasPrefix(line, "// Code generated ") && strings.HasSuffix(line, " DO NOT EDIT.") {
			generated = true
		}
		switch {
		case block:
			block = !strings.Contains(line, "*/")
		case line == "" || strings.HasPrefix(line, "//"):
		case strings.HasPrefix(line, "/*"):
			block = !strings.Contains(line, "*/")
		default:
			n++
		}
	}
	return n, generated, sc.Err()
}

func TestTopLevelHoldsOnlyTheProject(t *testing.T) {
	allowed := map[string]bool{
		"cmd": true, "web": true, "models": true, "handlers": true, "templates": true,
		"internal": true, "test": true, "docs": true, "bin": true,
	}
	entries, err := os.ReadDir(root(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") && !allowed[e.Name()] {
			t.Errorf("top-level folder %s/: the top level holds cmd, web, models, handlers, templates, docs; put it under internal/ or test/", e.Name())
		}
	}
}

func TestPackagesStaySmall(t *testing.T) {
	for _, p := range packages(t, root(t)) {
		if p.lines > maxPackageLines {
			t.Errorf("%s has %d lines of hand-written code, over %d: split it by job", p.path, p.lines, maxPackageLines)
		}
	}
}

// testKits are packages only tests import: they may stand up the whole
// app, web included.
func isTestKit(ip string) bool { return ip == module+"/internal/apptest" }

func TestImportsFlowOneWay(t *testing.T) {
	// below lists, for each layer, the layers it must never import.
	below := map[string][]string{
		"models":   {"handlers", "web", "cmd", "templates"},
		"handlers": {"web", "cmd"},
		"web":      {"cmd"},
		"internal": {"handlers", "web", "cmd"},
	}
	layer := func(ip string) string {
		rel := strings.TrimPrefix(ip, module+"/")
		return strings.SplitN(rel, "/", 2)[0]
	}
	pkgs := packages(t, root(t))
	var paths []string
	for ip := range pkgs {
		paths = append(paths, ip)
	}
	sort.Strings(paths)
	for _, ip := range paths {
		if isTestKit(ip) {
			continue
		}
		for im := range pkgs[ip].imports {
			for _, banned := range below[layer(ip)] {
				if layer(im) == banned {
					t.Errorf("%s imports %s: imports flow cmd -> web -> handlers -> models / internal, never back", ip, im)
				}
			}
			if layer(im) == "test" {
				t.Errorf("%s imports the test kit %s", ip, im)
			}
		}
	}
}
